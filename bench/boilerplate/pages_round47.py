# Round 47: eight pages on four more layouts (a French investigative news site with a paywall, a French national
# sports daily's site, an international business news site, a Nigerian national daily), written blind: without
# looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no
# real article is copied.
ROUND47 = [
 dict(id="mediapart-style-1", site="mediapart-style", lang="fr", sep="\n\n", title="Ehpad : les comptes cachés d’un groupe régional qui facturait des soins jamais prodigués", date="2025-11-18", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
menu|Le Fil d’Enquête
menu|Journal indépendant et participatif
menu|S’abonner
menu|Se connecter
menu|Accueil  Enquêtes  France  International  Économie et social  Culture et idées  Écologie  Le Club  Podcasts  Vidéos
search|Rechercher
cookie|Nous utilisons des traceurs strictement nécessaires au fonctionnement du site et, avec votre accord, des traceurs de mesure d’audience. Le Fil d’Enquête ne vit que de ses abonnés : aucun traceur publicitaire n’est utilisé.
cookie|Accepter
cookie|Refuser
cookie|Paramétrer mes choix
section-label|France
section-label|Enquête
h1|Ehpad : les comptes cachés d’un groupe régional qui facturait des soins jamais prodigués
lead|Selon des documents internes obtenus par Le Fil d’Enquête, un groupe gérant onze établissements pour personnes âgées dans le Centre-Val de Loire a facturé à l’assurance-maladie des heures de kinésithérapie et d’accompagnement qui n’ont jamais eu lieu. L’agence régionale de santé avait été alertée dès 2023.
byline|Par Camille Deroche et Julien Ravelli
dateline|18 novembre 2025 à 06h30
reading-time|Lecture : 14 min
listen|Écouter l’article
listen|00:00 / 21:37
save|Ajouter à mes favoris
gift|Offrir l’article
share|Partager sur Facebook
share|Partager sur X
share|Partager sur Bluesky
share|Copier le lien
comments|23 commentaires
p|Le tableau tient sur une seule feuille de calcul. Pour chacun des onze établissements, une colonne « réalisé », une colonne « facturé ». Entre les deux, l’écart dépasse parfois 40 %. Ce document, que nous avons pu consulter, a été établi au printemps 2024 par une ancienne contrôleuse de gestion du groupe Résidences Val Serein, qui l’a transmis à sa direction avant d’être licenciée quelques mois plus tard.
p|Pendant plus de deux ans, selon ce fichier et les témoignages de neuf salariés et anciens salariés, le groupe a déclaré à la Caisse primaire d’assurance-maladie des séances de rééducation et des heures d’animation thérapeutique qui n’ont jamais été assurées, faute de personnel.
p|« On avait un kiné pour trois établissements, deux demi-journées par semaine. Sur le papier, chaque résident en voyait un tous les deux jours », raconte une aide-soignante, qui a requis l’anonymat par crainte de représailles.
paywall|La suite est réservée aux abonnés.
paywall|Déjà abonné ? Connectez-vous
paywall|Profitez de l’offre découverte : 1 € pour 15 jours, sans engagement.
paywall|Je m’abonne
h2|Une alerte restée sans suite
p|L’agence régionale de santé (ARS) a reçu un premier signalement en juin 2023. Le courrier, signé par deux infirmières coordinatrices, décrivait « un décalage systématique entre les plannings affichés et la réalité ». L’ARS a répondu par un accusé de réception. Aucun contrôle sur place n’a suivi.
p|Interrogée, l’agence indique avoir « pris en compte ce signalement dans le cadre de sa programmation d’inspections », sans préciser de date. Un contrôle a finalement eu lieu en septembre 2025, après la publication d’un premier article de presse locale.
caption|La résidence des Tilleuls, à Vendôme, l’un des onze établissements du groupe. © Photo Camille Deroche / Le Fil d’Enquête
h2|Des dividendes en hausse
p|Dans le même temps, les comptes déposés au greffe montrent que la holding familiale qui contrôle le groupe a perçu 3,2 millions d’euros de dividendes sur les exercices 2023 et 2024, contre moins d’un million les deux années précédentes.
p|Le président du groupe, contacté à plusieurs reprises, n’a pas répondu à nos questions détaillées. Son avocat affirme que « les écarts relevés relèvent d’erreurs de saisie ponctuelles, corrigées depuis » et que son client « conteste toute intention frauduleuse ».
p|Plusieurs familles de résidents ont déposé plainte auprès du parquet de Blois, qui a confirmé l’ouverture d’une enquête préliminaire pour escroquerie au préjudice d’un organisme de protection sociale.
p|L’ancienne contrôleuse de gestion, elle, a saisi les prud’hommes. « Je n’ai fait que mon travail : j’ai mis les chiffres côte à côte », dit-elle.
tip|Vous avez des informations à nous transmettre ? Écrivez-nous en toute confidentialité via notre plateforme sécurisée : enquetes-securisees.lefildenquete.fr
h2|Boîte noire
p|Cette enquête s’appuie sur des documents internes du groupe, sur les comptes déposés au greffe du tribunal de commerce et sur les entretiens menés entre août et novembre 2025 avec neuf salariés ou anciens salariés, quatre familles de résidents et deux inspecteurs. Toutes les personnes citées anonymement sont connues de la rédaction.
p|Le groupe a reçu nos questions le 6 novembre ; son avocat y a répondu le 14.
tags|Ehpad  Santé  Assurance-maladie  Grand âge  Centre-Val de Loire
donate|Le Fil d’Enquête ne reçoit ni publicité ni subvention publique. Notre indépendance, ce sont nos abonnés. Soutenez le journalisme d’enquête.
donate|Je soutiens
related|Sur le même sujet
related|Maisons de retraite : ce que révèlent les rapports d’inspection jamais publiés
related|Par Camille Deroche
related|Grand âge : la loi promise par trois gouvernements n’est toujours pas votée
related|Par Nadia Benhamou
comments|Commentaires (23)
comments|Pour commenter, abonnez-vous.
comments|Michel_T — Il y a 2 heures
comments|Merci pour ce travail. Ma mère était dans une de ces résidences, tout ce qui est écrit correspond.
comments|J. Lefort — Il y a 3 heures
comments|Et l’ARS qui attend deux ans… Qui contrôle les contrôleurs ?
read-more|Voir tous les commentaires
club|Le Club : l’espace de débat des abonnés
club|Tribune — « Les soignants d’Ehpad ne sont pas des variables d’ajustement », par un collectif d’aides-soignantes
most-read|Les plus lus
most-read|1 Marchés publics : l’enquête qui vise un proche du ministre
teaser-list|2 Ehpad : les comptes cachés d’un groupe régional qui facturait des soins jamais prodigués
most-read|3 Au Soudan, les camps oubliés du Darfour
newsletter|Recevez nos enquêtes chaque matin : inscrivez-vous à la lettre du Fil
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
footer|Qui sommes-nous ?  La rédaction  Charte éthique  Nous contacter  Aide  Offrir un abonnement  Mentions légales  CGU  Gestion des cookies
app|Téléchargez l’application Le Fil d’Enquête
copyright|© Le Fil d’Enquête 2025 – Tous droits réservés
"""),
 dict(id="mediapart-style-2", site="mediapart-style", lang="fr", sep="\n\n", title="À Marseille, la régie de l’eau a payé pendant cinq ans un logiciel qu’elle n’a jamais utilisé", date="2025-12-02", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
menu|Le Fil d’Enquête
menu|Journal indépendant et participatif
menu|S’abonner
menu|Se connecter
menu|Accueil  Enquêtes  France  International  Économie et social  Culture et idées  Écologie  Le Club  Podcasts  Vidéos
search|Rechercher
cookie|Nous utilisons des traceurs strictement nécessaires au fonctionnement du site et, avec votre accord, des traceurs de mesure d’audience. Le Fil d’Enquête ne vit que de ses abonnés : aucun traceur publicitaire n’est utilisé.
cookie|Accepter
cookie|Refuser
cookie|Paramétrer mes choix
section-label|Économie et social
section-label|Révélations
h1|À Marseille, la régie de l’eau a payé pendant cinq ans un logiciel qu’elle n’a jamais utilisé
lead|Près de 1,8 million d’euros ont été versés à une société de conseil pour un outil de gestion des fuites resté dans les cartons. Un rapport d’audit, que nous publions, pointe des « carences graves » dans le suivi du marché.
byline|Par Yanis Ferrand (Massilia Enquêtes)
dateline|2 décembre 2025 à 18h05
dateline|Mis à jour le 3 décembre 2025 à 09h12
reading-time|Lecture : 9 min
listen|Écouter l’article
listen|00:00 / 13:04
save|Ajouter à mes favoris
gift|Offrir l’article
share|Partager sur Facebook
share|Partager sur X
share|Partager sur Bluesky
share|Copier le lien
comments|7 commentaires
p|Marseille (Bouches-du-Rhône).– Le logiciel devait permettre de repérer en temps réel les fuites sur les 4 000 kilomètres de canalisations de la ville. Cinq ans après la signature du contrat, il n’a jamais été branché sur le réseau.
p|C’est la conclusion d’un audit commandé par la nouvelle direction de la régie et remis en octobre. Le document, de 62 pages, détaille comment un marché attribué en 2020 pour 340 000 euros a vu son montant multiplié par plus de cinq, au gré de onze avenants.
paywall|Cet article est réservé aux abonnés. Il vous reste 85 % à lire.
paywall|Déjà abonné ? Connectez-vous
paywall|Profitez de l’offre découverte : 1 € pour 15 jours, sans engagement.
paywall|Je m’abonne
h2|Onze avenants en quatre ans
p|Selon l’audit, aucun de ces avenants n’a été soumis à la commission d’appel d’offres. Plusieurs portaient sur des « prestations d’accompagnement » dont les auditeurs n’ont retrouvé « aucune trace de réalisation ».
p|Les principales anomalies relevées :
li|des factures réglées sans bon de livraison ni procès-verbal de réception ;
li|un chef de projet côté régie qui était aussi, jusqu’en 2021, salarié de la société prestataire ;
li|des serveurs loués pour l’outil mais jamais raccordés au système d’information de la régie.
pdf|Document : l’audit complet (PDF, 62 pages)
p|L’ancien directeur général, parti en 2024, n’a pas souhaité nous répondre. La société de conseil affirme pour sa part avoir « livré l’ensemble des modules prévus » et impute le retard « à des difficultés internes du client ».
p|Le président de la régie a annoncé son intention de saisir le parquet national financier et la chambre régionale des comptes. « Chaque euro gaspillé là, c’est un euro qui manque pour réparer les tuyaux », a-t-il déclaré lors du dernier conseil d’administration.
p|Pendant ce temps, le réseau marseillais continue de perdre environ un litre d’eau sur cinq avant qu’il n’arrive au robinet.
correction|Cet article a été mis à jour mercredi matin avec la réaction de la société prestataire, reçue après publication.
signature|Cette enquête est copubliée avec Massilia Enquêtes, média indépendant marseillais.
tags|Eau  Marchés publics  Marseille  Collectivités locales
donate|Le Fil d’Enquête ne reçoit ni publicité ni subvention publique. Notre indépendance, ce sont nos abonnés. Soutenez le journalisme d’enquête.
donate|Je soutiens
related|Sur le même sujet
related|Eau potable : ces villes qui perdent un litre sur trois
related|Par Sophie Alvarez
comments|Commentaires (7)
comments|Pour commenter, abonnez-vous.
comments|Provençal13 — Il y a 14 heures
comments|Et personne n’a rien vu pendant cinq ans ? On se moque de nous.
read-more|Voir tous les commentaires
club|Le Club : l’espace de débat des abonnés
club|Billet de blog — L’eau, bien commun : pour une gestion vraiment publique, par Henri Castel
most-read|Les plus lus
most-read|1 Ehpad : les comptes cachés d’un groupe régional qui facturait des soins jamais prodigués
most-read|2 Budget 2026 : ce que le gouvernement n’a pas dit aux députés
teaser-list|3 À Marseille, la régie de l’eau a payé pendant cinq ans un logiciel qu’elle n’a jamais utilisé
newsletter|Recevez nos enquêtes chaque matin : inscrivez-vous à la lettre du Fil
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
footer|Qui sommes-nous ?  La rédaction  Charte éthique  Nous contacter  Aide  Offrir un abonnement  Mentions légales  CGU  Gestion des cookies
app|Téléchargez l’application Le Fil d’Enquête
copyright|© Le Fil d’Enquête 2025 – Tous droits réservés
"""),
 dict(id="l-equipe-style-1", site="l-equipe-style", lang="fr", sep="\n", title="Ligue 1 : Lens renverse Rennes au bout du suspense et remonte sur le podium", date="2025-10-26", page="""
skip-link|Aller au contenu
menu|LE STADE
menu|Le quotidien du sport
menu|Football  Rugby  Tennis  Cyclisme  Basket  Formule 1  Handball  Athlétisme  Tous les sports
menu|Direct  Résultats  Vidéos  Paris sportifs  Le Stade Explore
menu|S’abonner
menu|Connexion
watch|LE STADE TV : En ce moment, L’Équipe du soir
scoreboard|Ligue 1 — 10e journée
scoreboard|Lens 2 - 1 Rennes  Terminé
scoreboard|Lyon 1 - 1 Nantes  Terminé
scoreboard|Marseille 3 - 0 Le Havre  Terminé
scoreboard|PSG - Toulouse  20h45
breadcrumb|Football > Ligue 1 > RC Lens
h1|Ligue 1 : Lens renverse Rennes au bout du suspense et remonte sur le podium
lead|Menés à la pause, les Sang et Or ont renversé le Stade Rennais (2-1) grâce à un doublé de leur avant-centre, dont un penalty dans le temps additionnel. Bollaert a chaviré.
byline|Benoît Lacaze (avec B. R.)
dateline|publié le 26 octobre 2025 à 19h02
dateline|mis à jour le 26 octobre 2025 à 19h58
share|Partager
comments|Commenter 114
save|Sauvegarder
video|Vidéo : Le résumé de Lens-Rennes
video|01:58
ad|Publicité
p|Il restait quatre-vingt-dix secondes quand l’arbitre a désigné le point de penalty, après un long visionnage de la VAR. Un bras rennais décollé du corps, une frappe contrée, et tout Bollaert retenait son souffle. Face à lui, l’attaquant lensois a pris son élan, attendu le plongeon du gardien et glissé le ballon à ras de terre. 2-1, et une explosion de joie dans les tribunes.
p|Ce dénouement résume une soirée où les Lensois ont longtemps couru après le score. Rennes avait frappé le premier, à la 34e minute, sur une tête décroisée consécutive à un corner mal renvoyé. Jusque-là, les Nordistes avaient eu le ballon sans jamais vraiment inquiéter la défense bretonne.
related|À lire aussi : Ligue 1 : le classement après la 10e journée
h2|Un changement tactique décisif
p|À la pause, l’entraîneur lensois a fait entrer un deuxième attaquant et basculé dans un 4-4-2 plus direct. L’effet a été immédiat : dix minutes après la reprise, un centre du latéral droit était repris de volée au second poteau, pour l’égalisation (56e).
p|Rennes, réduit à dix après un second carton jaune à la 71e, a ensuite reculé, se contentant de défendre sa surface. « On a manqué de maîtrise, on a subi au lieu de jouer », regrettait le capitaine rennais au micro de la chaîne diffuseur.
p|Avec ce succès, le troisième consécutif à domicile, Lens remonte à la troisième place, à deux points de Marseille. Rennes, qui n’a plus gagné depuis quatre journées, glisse au onzième rang.
ad|Publicité
betting|Pariez sur la prochaine journée de Ligue 1 avec notre partenaire — 100 € offerts en freebets
disclaimer|Jouer comporte des risques : endettement, isolement, dépendance. Pour être aidé, appelez le 09-74-75-13-13 (appel non surtaxé).
h2|La fiche du match
p|LENS - RENNES : 2-1 (0-1)
p|Stade Bollaert-Delelis. Affluence : 37 812 spectateurs. Arbitre : M. Garnier.
p|Buts : Diallo (56e, 90e+3 sp) pour Lens ; Kerouedan (34e) pour Rennes.
p|Expulsion : Rennes : Ménard (71e, deuxième avertissement).
player-ratings|Les notes des joueurs
player-ratings|Lens : Samba 6 – Frankowski 7 – Diallo 8 (homme du match) …
player-ratings|Voir toutes les notes
tags|Ligue 1  RC Lens  Stade Rennais
comments|114 réactions
comments|Réagir à l’article
comments|Les réactions sont réservées aux abonnés.
teaser-list|Football
teaser-list|Ligue des champions : le programme complet de la 4e journée
teaser-list|il y a 2 h
teaser-list|Mercato : Lyon a déjà fixé ses priorités pour janvier
teaser-list|il y a 3 h
teaser-list|OM : le groupe convoqué pour le déplacement à Lisbonne
teaser-list|il y a 5 h
most-read|Les plus lus
most-read|1. Tennis : le jeune Français qui a fait tomber le n°3 mondial à Paris-Bercy
most-read|2. Cyclisme : le parcours du Tour de France 2026 dévoilé
teaser-list|3. Ligue 1 : Lens renverse Rennes au bout du suspense et remonte sur le podium
app|Suivez tous les matches en direct avec l’application Le Stade
newsletter|Recevez chaque matin la newsletter Le Stade Foot
footer|Le Stade  Nous contacter  Mentions légales  Conditions générales  Charte de confidentialité  Gérer mes cookies  Publicité  Le journal numérique
copyright|© Le Stade 2025
"""),
 dict(id="l-equipe-style-2", site="l-equipe-style", lang="fr", sep="\n", title="Handball : les Bleues arrachent le nul face à la Norvège et gardent la main dans leur groupe", date="2025-12-04", page="""
skip-link|Aller au contenu
menu|LE STADE
menu|Le quotidien du sport
menu|Football  Rugby  Tennis  Cyclisme  Basket  Formule 1  Handball  Athlétisme  Tous les sports
menu|Direct  Résultats  Vidéos  Paris sportifs  Le Stade Explore
menu|S’abonner
menu|Connexion
watch|LE STADE TV : En ce moment, Handball : Mondial féminin, le débrief
scoreboard|Mondial féminin — Tour principal, groupe 1
scoreboard|France 27 - 27 Norvège  Terminé
scoreboard|Danemark 31 - 24 Japon  Terminé
scoreboard|Hongrie - Espagne  18h00
breadcrumb|Handball > Mondial féminin > Équipe de France
section-label|Mondial féminin
h1|Handball : les Bleues arrachent le nul face à la Norvège et gardent la main dans leur groupe
lead|Au terme d’un match haletant, l’équipe de France a obtenu le match nul (27-27) contre la Norvège, tenante du titre, grâce à un but de sa demi-centre à huit secondes de la fin.
byline|Claire Vasseur, envoyée spéciale à Herning (DAN)
dateline|publié le 4 décembre 2025 à 22h31
share|Partager
comments|Commenter 41
save|Sauvegarder
paywall|Article réservé aux abonnés
ad|Publicité
p|Le ballon a tremblé dans le petit filet, et le banc français s’est levé d’un seul bloc. À huit secondes du terme, après une dernière attaque placée construite patiemment, la demi-centre des Bleues a trouvé la faille entre deux défenseuses norvégiennes. Un but qui vaut cher : avec ce point, la France reste maîtresse de son destin avant les deux dernières journées du tour principal.
p|Pourtant, tout avait mal commencé. Les Norvégiennes, d’une efficacité redoutable en contre-attaque, menaient 9-4 après un quart d’heure. La sélectionneuse a dû poser un temps mort rapide pour remettre de l’ordre en défense.
h2|Une gardienne décisive
p|Le retour français est d’abord passé par la gardienne, auteure de quatorze arrêts, dont deux jets de 7 mètres en seconde période. « Elle nous a maintenues en vie », a résumé la capitaine après la rencontre.
p|À la pause, l’écart n’était plus que de deux buts (13-15). Les Bleues ont pris l’avantage pour la première fois à la 48e minute (22-21), avant de voir la Norvège repasser devant dans les dernières minutes.
video|Vidéo : Le but de l’égalisation à huit secondes de la fin
video|00:47
p|« On savait qu’il faudrait souffrir. On n’a jamais lâché, c’est ce que je retiens », a déclaré la sélectionneuse, qui a aussi regretté « trop de pertes de balle en première période ».
h2|Ce qu’il faut pour la qualification
li|Une victoire contre le Japon samedi.
li|Au moins un match nul contre le Danemark lundi.
li|Ou une défaite de la Norvège face à la Hongrie.
p|Les deux premiers du groupe se qualifient pour les quarts de finale, prévus le 10 décembre.
ad|Publicité
betting|Pariez sur la prochaine journée de Ligue 1 avec notre partenaire — 100 € offerts en freebets
disclaimer|Jouer comporte des risques : endettement, isolement, dépendance. Pour être aidé, appelez le 09-74-75-13-13 (appel non surtaxé).
tags|Handball  Mondial féminin  Équipe de France
comments|41 réactions
comments|Réagir à l’article
comments|Les réactions sont réservées aux abonnés.
teaser-list|Handball
teaser-list|Mondial féminin : le calendrier et les résultats complets
teaser-list|il y a 1 h
teaser-list|Starligue : Nantes s’impose à Montpellier
teaser-list|hier à 21h50
most-read|Les plus lus
most-read|1. Ligue des champions : le PSG s’impose à Munich
most-read|2. Biathlon : le premier podium de la saison pour les Françaises à Östersund
teaser-list|3. Handball : les Bleues arrachent le nul face à la Norvège et gardent la main dans leur groupe
app|Suivez tous les matches en direct avec l’application Le Stade
newsletter|Recevez chaque matin la newsletter Le Stade Foot
footer|Le Stade  Nous contacter  Mentions légales  Conditions générales  Charte de confidentialité  Gérer mes cookies  Publicité  Le journal numérique
copyright|© Le Stade 2025
"""),
 dict(id="bloomberg-style-1", site="bloomberg-style", lang="en", sep="\n\n", title="Copper Hits Record as Chilean Mine Outage Deepens Supply Squeeze", date="2025-11-06", page="""
skip-link|Skip to content
menu|Meridian
menu|Markets  Economics  Industries  Technology  Politics  Wealth  Pursuits  Opinion  Businessweek  Green  CityLab  Crypto  AI
menu|Live TV
menu|Markets Data
menu|Subscribe
menu|Sign In
ticker|S&P 500 6,812.40 +0.42%  Nasdaq 23,105.77 +0.61%  Stoxx 600 568.12 -0.18%  USD/JPY 151.88 +0.09%  Gold 4,021.50 +0.35%  Copper 11,642.00 +2.81%  Brent 66.24 -0.54%
section-label|Markets
section-label|Commodities
h1|Copper Hits Record as Chilean Mine Outage Deepens Supply Squeeze
lead|Prices jump as much as 3.4% in London after operator extends force majeure
lead|Traders see deficit widening into 2026 as smelters scramble for ore
byline|By Laura Whitcombe and Diego Fernández
dateline|November 6, 2025 at 9:14 AM GMT
dateline|Updated on November 6, 2025 at 2:47 PM GMT
save|Save
share|Share this article
gift|Gift this article
listen|Listen
listen|4:52
translate|Translate
section-label|Takeaways by Meridian AI
li|Copper rose to an all-time high after a Chilean mine extended a supply halt.
li|Analysts expect the market deficit to grow next year.
disclaimer|AI-generated summary. Read the full article for details. Have feedback? Let us know.
p|Copper surged to a record in London as the extended shutdown of one of Chile’s largest mines tightened an already stretched market, adding to concerns that global supply won’t keep up with demand from power grids and data centers.
p|Three-month copper on the London Metal Exchange rose as much as 3.4% to $11,702 a metric ton, surpassing the previous peak set in May. Futures in New York climbed to the highest since July.
p|The mine’s operator said Wednesday evening it was extending a force majeure declaration after a ground collapse in an underground section last month, and that output would remain “significantly reduced” through the first quarter. The site produced about 380,000 tons of copper last year.
ad|Advertisement
chart|Copper's Climb
chart|LME three-month price, dollars per ton
chart|Source: London Metal Exchange
h2|Tight Market
p|The disruption comes as processing fees that smelters charge miners have sunk to near zero, a sign of how little ore is available. Several Chinese plants have said they will cut output next year.
p|“The market was already running on empty before this,” said Hannah Reuss, a metals strategist at a Frankfurt-based bank. “Every additional outage now goes straight into price.”
related|Read More: Why the World’s Copper Mines Are Struggling to Keep Up
p|Analysts had already forecast a refined-copper shortfall in 2026. Several banks raised their estimates on Thursday, with one now predicting a deficit of more than 400,000 tons.
p|Not everyone is convinced the rally will last. Inventories in Shanghai have risen for three straight weeks, and some fabricators in China have paused purchases, saying current prices are too high to pass on to customers.
p|Shares of major copper miners rose in London and Toronto, while the Chilean peso strengthened against the dollar.
signature|— With assistance from Mark Tanaka
empty-label|To contact the reporters on this story:
signature|Laura Whitcombe in London at lwhitcombe@meridian.example
signature|Diego Fernández in Santiago at dfernandez3@meridian.example
empty-label|To contact the editors responsible for this story:
signature|Andrew Polk at apolk@meridian.example
signature|Sarah Liang
copyright|©2025 Meridian L.P. All Rights Reserved.
policy-link|Corrections & Clarifications
related|More From Meridian
related|Gold Steadies Near $4,000 as Traders Weigh Fed Path
related|Oil Slips as OPEC+ Signals Pause in Output Increases
related|Lithium Producers Rally on Signs Chinese Inventories Are Falling
sponsored|Paid Post
sponsored|How Mid-Sized Manufacturers Are Rethinking Their Supply Chains
most-read|Top Reads
most-read|The Hedge Fund That Bet Everything on Copper
most-read|Japan’s Bond Traders Brace for a Historic Shift
most-read|Inside the Race to Build Europe’s Biggest Data Center
newsletter|Get the Markets Daily newsletter.
newsletter|Everything you need to get ahead in the markets, every morning.
newsletter|Sign Up
newsletter|By continuing, I agree to the Privacy Policy and Terms of Service.
footer|Terminal  Anywhere  Customer Support  Careers  Made in NYC  Advertise  Ad Choices  Contact Us  Help
footer|Terms of Service  Trademarks  Privacy Policy  Cookies
copyright|©2025 Meridian L.P. All Rights Reserved
"""),
 dict(id="bloomberg-style-2", site="bloomberg-style", lang="en", sep="\n\n", title="Airlines Bet on Cheaper Fares to Win Back Budget Travelers After Summer Slump", date="2025-09-23", page="""
skip-link|Skip to content
menu|Meridian
menu|Markets  Economics  Industries  Technology  Politics  Wealth  Pursuits  Opinion  Businessweek  Green  CityLab  Crypto  AI
menu|Live TV
menu|Markets Data
menu|Subscribe
menu|Sign In
ticker|S&P 500 6,604.21 -0.22%  Nasdaq 22,410.05 -0.37%  Stoxx 600 551.90 +0.11%  USD/JPY 147.62 -0.14%  Gold 3,742.80 +0.66%  Brent 67.61 +1.02%
section-label|Businessweek
section-label|Travel
h1|Airlines Bet on Cheaper Fares to Win Back Budget Travelers After Summer Slump
lead|Carriers cut prices on domestic routes after fewer leisure travelers booked trips
lead|Premium cabins remain strong, widening a gap between passenger groups
byline|By Rachel Okafor
dateline|September 23, 2025 at 10:00 AM UTC
save|Save
share|Share this article
gift|Gift this article
listen|Listen
listen|6:31
translate|Translate
paywall|You have 2 free articles left this month. Subscribe for unlimited access.
p|US airlines are discounting tickets on hundreds of domestic routes this fall, trying to lure back budget-minded travelers who stayed home over the summer as living costs squeezed household spending.
p|Average economy fares on the country’s busiest routes fell about 7% in August from a year earlier, according to data compiled by a fare-tracking firm, the steepest drop since the pandemic. Several carriers have also brought back short-notice sales, a tactic they had largely abandoned.
ad|Advertisement
p|The price cuts highlight a split in the industry. While seats in the back of the plane are proving harder to fill, demand for business-class and premium-economy tickets remains robust, helped by wealthier customers and a recovery in corporate travel.
h2|Capacity Cuts
p|Some carriers are also trimming flights. At least three low-cost airlines have said they will reduce capacity in the fourth quarter, mostly on routes to leisure destinations in Florida and the Southwest.
p|“We added too many seats into a market that didn’t want them at those prices,” the chief executive of one budget carrier told investors at an industry conference this month.
video|Watch: Airline executives discuss the outlook for holiday travel. (Source: Meridian)
video|03:18
p|Analysts say the moves could support profit margins going into next year but warn that the industry remains exposed to fuel prices and to any further slowdown in consumer spending. Airline stocks have dropped about 12% since July.
p|Industry groups still expect a record number of passengers over the Thanksgiving holiday, largely because of strong bookings for premium seats.
h2|What Travelers Can Expect
li|More sales on midweek flights through mid-December
li|Fewer nonstop options on some leisure routes
li|Higher prices for upgrades and extra-legroom seats
empty-label|To contact the author of this story:
signature|Rachel Okafor in Chicago at rokafor@meridian.example
empty-label|To contact the editor responsible for this story:
signature|Brendan Moyle at bmoyle@meridian.example
copyright|©2025 Meridian L.P. All Rights Reserved.
policy-link|Corrections & Clarifications
related|More From Meridian
related|Boeing Deliveries Pick Up as Production Stabilizes
related|Hotel Chains Say Americans Are Trading Down on Vacations
sponsored|Paid Post
sponsored|The Future of Business Travel Is Hybrid
most-read|Top Reads
most-read|The Hedge Fund That Bet Everything on Copper
most-read|Why Tokyo Apartment Prices Keep Climbing
most-read|A Private Jet Boom Is Reshaping Small-Town Airports
newsletter|Get the Markets Daily newsletter.
newsletter|Everything you need to get ahead in the markets, every morning.
newsletter|Sign Up
newsletter|By continuing, I agree to the Privacy Policy and Terms of Service.
footer|Terminal  Anywhere  Customer Support  Careers  Made in NYC  Advertise  Ad Choices  Contact Us  Help
footer|Terms of Service  Trademarks  Privacy Policy  Cookies
copyright|©2025 Meridian L.P. All Rights Reserved
"""),
 dict(id="nigeria-punch-style-1", site="nigeria-punch-style", lang="en", sep="\n", title="Commuters stranded as tanker drivers’ strike hits Lagos, Ogun fuel supply", date="2025-08-19", page="""
timestamp|Tuesday, August 19, 2025
menu|The Daily Clarion
menu|Most Widely Read Newspaper
menu|NEWS  POLITICS  METRO PLUS  BUSINESS  SPORTS  ENTERTAINMENT  EDITORIAL  COLUMNS  OPINION  HEALTHWISE  EDUCATION  VIDEOS
menu|E-Paper  Subscribe  Advertise
search|Search
breaking|Breaking News: Senate confirms new INEC commissioners
breaking|Breaking News: Court fixes date for ex-governor’s trial
push|The Daily Clarion would like to send you notifications for the latest news and updates.
push|Allow   Later
ad|Advertisement
breadcrumb|Home » News
h1|Commuters stranded as tanker drivers’ strike hits Lagos, Ogun fuel supply
byline|By Adebayo Ogunleye and Chinedu Okafor
dateline|19th August 2025
whatsapp|Follow The Daily Clarion on WhatsApp
share|Facebook  X  WhatsApp  Telegram  LinkedIn  Email
caption|Long queues at a filling station on Ikorodu Road, Lagos, on Monday. Photo: Adebayo Ogunleye
p|Thousands of commuters were stranded in Lagos and parts of Ogun State on Monday as a strike by petroleum tanker drivers disrupted fuel distribution, leading to long queues at filling stations and a sharp rise in transport fares.
p|The drivers, under the aegis of their national association, withdrew their services on Sunday night to protest what they described as extortion by security agents and the poor state of roads leading to major depots.
ad|Advertisement
p|Our correspondents, who monitored the situation in Ikeja, Ojota, Mile 2, Sango-Ota and Abeokuta, observed that many filling stations were shut, while the few that sold fuel dispensed it at between N1,050 and N1,200 per litre.
p|A commercial bus driver at Ojota, Mr Kunle Adisa, said he had spent over five hours in a queue without buying fuel.
p|“I came here by 5am. Since then, the queue has not moved. How will I feed my family today?” he asked.
related|ALSO READ: FG, marketers meet over fuel price, supply gaps
p|Passengers who spoke with The Daily Clarion complained that fares had nearly doubled on some routes. A trip from Ikorodu to CMS, which cost N1,500 last week, went for N2,500 on Monday morning.
p|The chairman of the association’s Lagos zone, who addressed journalists in Apapa, said the strike would continue until the government addressed the drivers’ demands. These include:
li|an end to illegal checkpoints on the Lagos–Ibadan and Apapa–Oshodi routes;
li|urgent repair of access roads to the depots;
li|payment of compensation to members who lost trucks in recent accidents.
ad|Advertisement
p|Reacting, the Lagos State Commissioner for Transportation appealed to the drivers to suspend the strike, adding that the state government had set up a committee to look into their grievances.
p|Meanwhile, officials of the downstream regulator said they were in talks with the union leaders and assured Nigerians that supply would normalise within 48 hours.
tags|fuel scarcity  Lagos  Ogun  Tanker drivers  strike
whatsapp|Stay informed and ahead of the curve! Follow The Daily Clarion on WhatsApp for real-time updates, breaking news, and exclusive content. Don’t miss a headline – join now!
whatsapp|Join The Daily Clarion News Channel
copyright|All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from THE DAILY CLARION.
contact|Contact: thenews@dailyclarion.example
ad|Advertisement
sponsored|ADVERTORIAL: Make N500,000 monthly trading from your phone — see how
sponsored|Earn in dollars from home with this simple skill
related|Latest News
related|Police arrest suspected kidnappers in Edo forest
related|19th August 2025
related|ASUU issues fresh ultimatum over unpaid allowances
related|19th August 2025
related|Flood: Residents flee as river overflows in Kogi communities
related|18th August 2025
most-read|Top News
most-read|Naira gains against dollar at official market
most-read|Super Eagles: Coach names 23-man squad for qualifiers
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *  Email *
comments|Post Comment
footer|About Us  Contact Us  Advertise With Us  Privacy Policy  Terms of Use  Careers
footer|The Daily Clarion Place, Kudirat Abiola Way, Ikeja, Lagos
copyright|© 2025 The Daily Clarion Nigeria Limited. All rights reserved.
"""),
 dict(id="nigeria-punch-style-2", site="nigeria-punch-style", lang="en", sep="\n", title="How Kano women are turning groundnut shells into cooking briquettes", date="2025-10-02", page="""
timestamp|Thursday, October 2, 2025
menu|The Daily Clarion
menu|Most Widely Read Newspaper
menu|NEWS  POLITICS  METRO PLUS  BUSINESS  SPORTS  ENTERTAINMENT  EDITORIAL  COLUMNS  OPINION  HEALTHWISE  EDUCATION  VIDEOS
menu|E-Paper  Subscribe  Advertise
search|Search
breaking|Breaking News: Tinubu departs Abuja for UN General Assembly follow-up meetings
push|The Daily Clarion would like to send you notifications for the latest news and updates.
push|Allow   Later
ad|Advertisement
breadcrumb|Home » Features
section-label|Sunday Features
h1|How Kano women are turning groundnut shells into cooking briquettes
byline|By Maryam Abdullahi, Kano
dateline|2nd October 2025
whatsapp|Follow The Daily Clarion on WhatsApp
share|Facebook  X  WhatsApp  Telegram  LinkedIn  Email
caption|Members of the cooperative drying briquettes in Dawakin Kudu. Photo: Maryam Abdullahi
lead|With firewood and cooking gas becoming costlier, a group of women in Kano State has found a cheaper fuel in farm waste, MARYAM ABDULLAHI reports
p|In a compound on the outskirts of Dawakin Kudu, about 30 kilometres from Kano city, a dozen women sit in a circle, pressing a dark paste into small round moulds. By afternoon, hundreds of the moulded discs will be lined up on mats to dry in the sun.
p|The paste is made from groundnut shells, sawdust and a little clay. Once dry, the briquettes burn for longer than firewood and give off far less smoke, the women say.
ad|Advertisement
p|The cooperative, formed in 2023 with 15 members, now has 62. Its leader, Hajiya Rabi Sani, said the idea came after the price of a bundle of firewood tripled within a year.
p|“We were spending almost everything we made on firewood. Now we make our own fuel and sell the rest,” she said.
h2|Cheaper than gas
p|A bag of 50 briquettes sells for N2,000, enough to cook for an average family for about a week, according to the women. A 12.5kg cylinder of cooking gas currently costs over N18,000 in Kano.
p|The group received training and two manual press machines from a non-governmental organisation working on clean cooking, but members say demand has outgrown their capacity.
related|ALSO READ: Firewood prices soar as gas becomes unaffordable for households
p|An environmental scientist at Bayero University, Dr Sani Garba, said the initiative could help reduce deforestation in the state if it was scaled up.
p|“Groundnut shells are usually burnt in the open or dumped. Turning them into fuel solves two problems at once,” he said.
p|The women are now appealing to the state government and private investors for support to acquire a motorised press, which they say would allow them to produce up to 5,000 briquettes a day.
tags|Kano  Women  Clean cooking  briquettes  Features
whatsapp|Stay informed and ahead of the curve! Follow The Daily Clarion on WhatsApp for real-time updates, breaking news, and exclusive content. Don’t miss a headline – join now!
whatsapp|Join The Daily Clarion News Channel
copyright|All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from THE DAILY CLARION.
contact|Contact: thenews@dailyclarion.example
ad|Advertisement
sponsored|ADVERTORIAL: This simple trick ends back pain in 7 days, doctors shocked
sponsored|Nigerians can now earn from home with this new app
related|Latest News
related|NDLEA intercepts cocaine concealed in wigs at Lagos airport
related|2nd October 2025
related|Independence Day: Governors call for unity, patience
related|1st October 2025
obituary|OBITUARY: Celebration of life — Late Chief (Mrs) Comfort Adeyemi, 1941–2025. Click to read
most-read|Top News
most-read|Naira weakens as demand for dollar rises
most-read|NPFL: Kano Pillars hold Enyimba in Kano
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *  Email *
comments|Post Comment
footer|About Us  Contact Us  Advertise With Us  Privacy Policy  Terms of Use  Careers
footer|The Daily Clarion Place, Kudirat Abiola Way, Ikeja, Lagos
copyright|© 2025 The Daily Clarion Nigeria Limited. All rights reserved.
"""),
]
