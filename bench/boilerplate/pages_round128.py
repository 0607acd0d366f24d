# Round 128: eight pages on four more layouts (a Franco-Ontarian weekly, a Guadeloupe daily, an exile news site
# covering Eswatini, a St Lucia news site), written blind: without looking at the classifier, its rules or the
# benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND128 = [
 dict(id="le-nord-ontario-style-1", site="le-nord-ontario-style", lang="fr", sep="\n", title="Le Conseil de Hearst adopte un budget 2026 avec une hausse de taxes de 3,9 %", date="2026-02-12", page="""
skip-link|Aller au contenu
clock|jeudi 12 février 2026
weather|Hearst -24°C
social|Facebook
social|Instagram
epaper|Édition numérique
account|Mon compte
menu|Le Nord
menu|Hebdomadaire francophone du Nord-Est ontarien depuis 1976
menu|Accueil
menu|Actualités
menu|Hearst
menu|Kapuskasing
menu|Régional
menu|Sports
menu|Éditoriaux
menu|Chroniques
menu|Avis de décès
menu|Petites annonces
menu|Emplois
menu|Abonnement
search|Rechercher...
ad|PUBLICITÉ
ad|Caisse Alliance - Votre coopérative, votre avenir. Prenez rendez-vous en ligne
breadcrumb|Accueil » Actualités » Hearst
section-label|Actualités
h1|Le Conseil de Hearst adopte un budget 2026 avec une hausse de taxes de 3,9 %
meta|Publié le 12 février 2026 par Julien Gauthier-Roy
byline|Julien Gauthier-Roy
dateline|12 février 2026
comments-count|0 commentaire
share|Partager sur Facebook
share|Partager par courriel
share|Imprimer
caption|Le maire de Hearst lors de la séance extraordinaire du 10 février.
credit|Photo : Julien Gauthier-Roy
funding-note|IJL – Réseau.Presse – Le Nord
p|Après trois séances de travail et plusieurs heures de discussions, le Conseil municipal de Hearst a adopté mardi soir son budget de fonctionnement et d'immobilisations pour 2026. Les contribuables verront leur compte de taxes augmenter en moyenne de 3,9 %, soit environ 112 $ de plus par année pour une résidence évaluée à 180 000 $.
p|Le budget total atteint 21,4 millions de dollars, en hausse de 5,2 % par rapport à l'an dernier. Selon la trésorière de la Ville, l'essentiel de l'augmentation s'explique par la hausse des coûts d'assurance, le renouvellement de la convention collective des cols bleus et la contribution de la municipalité au service d'ambulance du district de Cochrane.
p|« On a coupé partout où on pouvait couper sans toucher aux services. Personne autour de la table n'aime augmenter les taxes, mais on ne peut pas continuer à repousser l'entretien de nos infrastructures », a expliqué le maire à l'issue de la séance.
h2|Les principaux projets
p|Le volet des immobilisations prévoit des investissements de 6,8 millions de dollars, dont une bonne partie est financée par des subventions provinciales et fédérales. Parmi les projets retenus :
li|la réfection de la rue Prince entre la 9e et la 13e Rue, incluant les conduites d'eau;
li|le remplacement de deux camions de déneigement;
li|la mise aux normes du système de réfrigération de l'aréna Claude-Larose;
li|une étude pour l'agrandissement du site d'enfouissement.
ad|PUBLICITÉ
ad|Villeneuve Construction - Estimation gratuite - 705-362-0000
p|Le projet de piscine intérieure, réclamé depuis des années par plusieurs familles, ne figure toujours pas au budget. Le conseiller responsable des loisirs a toutefois indiqué qu'une demande de financement serait déposée au printemps dans le cadre d'un programme fédéral d'infrastructures communautaires.
h2|Un vote divisé
p|La résolution a été adoptée à cinq voix contre deux. Une conseillère a voté contre en estimant que la Ville aurait pu puiser davantage dans ses réserves pour limiter la hausse à 3 %. « Les gens de Hearst paient déjà l'épicerie, l'essence et le chauffage plus cher qu'ailleurs en province. Chaque dollar compte », a-t-elle fait valoir.
p|Le directeur général a rappelé que les réserves de la municipalité étaient déjà passées sous le seuil recommandé par le vérificateur externe. Puiser davantage aurait, selon lui, exposé la Ville à un emprunt en cas d'imprévu majeur, comme un bris d'aqueduc en plein hiver.
p|Les premiers comptes de taxes provisoires seront envoyés aux propriétaires à la fin du mois de février. Les citoyens qui souhaitent consulter le document budgétaire complet peuvent le faire sur le site Web de la municipalité ou au comptoir de l'hôtel de ville.
funding-note|Ce contenu est publié grâce à l'Initiative de journalisme local, financée par le gouvernement du Canada.
tags|Étiquettes : budget, Conseil municipal, Hearst, taxes
author-bio|Julien Gauthier-Roy est journaliste au journal Le Nord depuis 2012. Il couvre la politique municipale et l'actualité régionale.
nav|« Article précédent
nav|Les Élans s'inclinent en prolongation contre Timmins
nav|Article suivant »
nav|Le Salon du livre de Hearst dévoile sa programmation
comments|Laisser un commentaire
comments|Votre adresse courriel ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|Courriel *
comments|Publier le commentaire
related|Articles similaires
related|La Ville de Hearst lance son plan stratégique 2026-2030
related|Kapuskasing gèle les taxes pour une deuxième année
related|Déneigement : la Ville demande la patience des citoyens
sidebar|Avis de décès
obituary|Gaétan Lecours 1948-2026
obituary|Thérèse Gosselin (née Lamontagne) 1937-2026
sidebar|Sondage de la semaine
poll|Êtes-vous d'accord avec la hausse de taxes de 3,9 % ?
poll|Oui
poll|Non
poll|Voter
poll|Voir les résultats
epaper|Feuilletez l'édition de la semaine
epaper|Vol. 50 No 6
footer|Le Nord
footer|813, rue George, C.P. 2320, Hearst (Ontario) P0L 1N0
footer|Téléphone : 705 362-4528
footer|Nous joindre
footer|Publicité
footer|Politique de confidentialité
partner-list|Membre de l'Association de la presse francophone
copyright|© 2026 Le Nord. Tous droits réservés.
footer|Conçu par Réseau Médias
"""),
 dict(id="le-nord-ontario-style-2", site="le-nord-ontario-style", lang="fr", sep="\n", title="Une première cohorte de préposés aux services de soutien personnel formée à Hearst", date="2026-03-05", page="""
skip-link|Aller au contenu
clock|jeudi 5 mars 2026
weather|Hearst -11°C
social|Facebook
social|Instagram
epaper|Édition numérique
account|Mon compte
menu|Le Nord
menu|Hebdomadaire francophone du Nord-Est ontarien depuis 1976
menu|Accueil
menu|Actualités
menu|Hearst
menu|Kapuskasing
menu|Régional
menu|Sports
menu|Éditoriaux
menu|Chroniques
menu|Avis de décès
menu|Petites annonces
menu|Emplois
menu|Abonnement
search|Rechercher...
ad|PUBLICITÉ
ad|Pharmacie Novena - Vaccin contre le zona maintenant offert en pharmacie
breadcrumb|Accueil » Actualités » Régional
section-label|Régional
h1|Une première cohorte de préposés aux services de soutien personnel formée à Hearst
meta|Publié le 5 mars 2026 par Francine Lapointe
byline|Francine Lapointe
dateline|5 mars 2026
comments-count|2 commentaires
share|Partager sur Facebook
share|Partager par courriel
share|Imprimer
caption|Les onze finissantes et finissants du programme, entourés de leurs formatrices.
credit|Photo : gracieuseté
funding-note|IJL – Réseau.Presse – Le Nord
lead|Onze étudiants ont reçu leur certificat vendredi, au terme d'un programme accéléré offert entièrement en français par le Collège Boréal à son campus de Hearst.
p|La petite salle communautaire du campus était pleine vendredi après-midi pour la remise des certificats de la toute première cohorte du programme de préposé aux services de soutien personnel offert à Hearst. Familles, employeurs et représentants du foyer de soins local se sont déplacés pour applaudir les finissants.
p|Le programme, d'une durée de 26 semaines, combine des cours en classe et deux stages pratiques, l'un au foyer de soins de longue durée et l'autre auprès d'un organisme de soins à domicile. Les frais de scolarité ont été entièrement couverts par une subvention provinciale destinée à combler la pénurie de main-d'œuvre dans le secteur.
p|« Avant, il fallait partir à Timmins ou à Sudbury pour suivre cette formation. Pour une mère de famille comme moi, c'était impossible », raconte une finissante de 34 ans, qui commencera à travailler au foyer dès la semaine prochaine.
read-also|À LIRE AUSSI : Soins de longue durée : 40 lits supplémentaires promis pour le Nord-Est
h2|Des emplois qui attendent
p|Selon la direction du foyer de soins, neuf des onze diplômés ont déjà accepté un poste dans la région. L'établissement comptait encore une quinzaine de postes vacants au début de l'hiver, ce qui l'obligeait à faire appel à des agences de placement privées, beaucoup plus coûteuses.
p|« Ces gens-là sont d'ici, ils parlent la langue de nos résidents et ils connaissent leurs familles. Ça n'a pas de prix », souligne la directrice des soins infirmiers.
p|La question de la langue est centrale dans le Nord-Est, où une majorité de résidents âgés sont francophones. Plusieurs familles se plaignaient depuis des années que leurs parents devaient se faire soigner en anglais, faute de personnel bilingue.
ad|PUBLICITÉ
ad|Emplois - Le Nord - Consultez nos offres d'emploi de la semaine
h2|Une deuxième cohorte en septembre
p|Fort de ce succès, le Collège Boréal confirme qu'une deuxième cohorte débutera en septembre. Les inscriptions sont ouvertes jusqu'au 30 mai. Le collège souhaite aussi offrir une partie de la formation à Kapuskasing si le nombre d'inscriptions le permet.
p|La coordonnatrice du campus rappelle que les candidats doivent détenir un diplôme d'études secondaires ou l'équivalent et présenter une vérification des antécédents judiciaires. Des séances d'information auront lieu le 18 mars et le 8 avril.
signature|Avec la collaboration de Julien Gauthier-Roy
funding-note|Ce contenu est publié grâce à l'Initiative de journalisme local, financée par le gouvernement du Canada.
tags|Étiquettes : Collège Boréal, emploi, formation, santé
author-bio|Francine Lapointe est journaliste de l'Initiative de journalisme local au journal Le Nord.
nav|« Article précédent
nav|Le Carnaval de Hearst couronne sa duchesse
nav|Article suivant »
nav|Chasse à l'orignal : les résultats du tirage sont en ligne
comments|2 réflexions sur « Une première cohorte de préposés aux services de soutien personnel formée à Hearst »
comments|Lise B.
comments|6 mars 2026 à 8 h 14
comments|Bravo à tous! Ma mère est au foyer et on voit déjà la différence.
comments|Répondre
comments|Marc-André G.
comments|6 mars 2026 à 19 h 02
comments|Enfin une bonne nouvelle pour la région. Il faudrait la même chose pour les infirmières.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse courriel ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Publier le commentaire
related|Articles similaires
related|L'Hôpital Notre-Dame recrute à l'étranger
related|Le Collège Boréal célèbre 30 ans à Hearst
related|Pénurie de médecins : une clinique sans rendez-vous ouvre le samedi
sidebar|Avis de décès
obituary|Réal Veilleux 1941-2026
obituary|Jeannine Cloutier 1952-2026
classifieds|Petites annonces
classifieds|À vendre : motoneige Ski-Doo 2019, 6 200 km. 705 372-0000
epaper|Feuilletez l'édition de la semaine
epaper|Vol. 50 No 9
footer|Le Nord
footer|813, rue George, C.P. 2320, Hearst (Ontario) P0L 1N0
footer|Téléphone : 705 362-4528
footer|Nous joindre
footer|Publicité
footer|Politique de confidentialité
partner-list|Membre de l'Association de la presse francophone
copyright|© 2026 Le Nord. Tous droits réservés.
footer|Conçu par Réseau Médias
"""),
 dict(id="guadeloupe-france-antilles-style-1", site="guadeloupe-france-antilles-style", lang="fr", sep="\n", title="Eau : le SMGEAG promet la fin des tours d'eau dans le Nord Grande-Terre d'ici l'été", date="2026-03-18", page="""
skip-link|Aller au contenu principal
lang-switch|Guadeloupe
lang-switch|Martinique
lang-switch|Guyane
account|Se connecter
subscribe|S'abonner
subscribe|1 € le premier mois
menu|France-Antilles Guadeloupe
menu|Actualité
menu|Pointe-à-Pitre
menu|Basse-Terre
menu|Grande-Terre
menu|Îles du Sud
menu|Faits divers
menu|Économie
menu|Politique
menu|Sport
menu|Culture
menu|Carnaval
menu|Avis d'obsèques
epaper|Le journal du jour
search|Rechercher
breaking|DIRECT • Coupure d'eau : la liste des communes concernées ce mercredi
breadcrumb|Accueil > Actualité > Grande-Terre
section-label|Grande-Terre
h1|Eau : le SMGEAG promet la fin des tours d'eau dans le Nord Grande-Terre d'ici l'été
lead|Le syndicat mixte de gestion de l'eau et de l'assainissement a présenté mardi à Port-Louis un calendrier de travaux censé mettre fin, d'ici juillet, aux coupures programmées qui empoisonnent le quotidien de milliers d'habitants.
byline|Régine Lauriette
dateline|Publié le 18/03/2026 à 06h00
dateline|Mis à jour le 18/03/2026 à 09h41
read-time|Lecture 4 min.
share|Partager
share|Facebook
share|WhatsApp
share|Copier le lien
save|Ajouter à mes favoris
paywall|Article réservé aux abonnés
caption|Les nouvelles canalisations ont été posées le long de la RN6, entre Anse-Bertrand et Port-Louis.
credit|(Photo Régine Lauriette)
p|Ils étaient près de deux cents, mardi soir, dans la salle des fêtes de Port-Louis. Des habitants venus de Petit-Canal, d'Anse-Bertrand et de Port-Louis, souvent avec des bouteilles vides à la main, en signe de protestation. En face d'eux, le président et le directeur général du SMGEAG, venus présenter leur plan pour « sortir enfin des tours d'eau ».
p|Depuis plus de deux ans, une partie du Nord Grande-Terre ne reçoit de l'eau au robinet qu'un jour sur deux, parfois moins. En cause : un réseau vétuste qui perd, selon le syndicat lui-même, près de 60 % de l'eau produite avant qu'elle n'arrive chez l'usager.
p|« On ne vous demande pas de nous croire sur parole. On vous demande de juger sur les chantiers », a lancé le président du syndicat, sous quelques sifflets.
h2|Trois chantiers prioritaires
p|Le calendrier présenté mardi repose sur trois opérations, financées à hauteur de 14 millions d'euros par l'État, la Région et l'Office de l'eau :
li|le remplacement de 11 kilomètres de canalisations principales entre Belle-Plaine et Port-Louis, achevé à 70 % ;
li|la mise en service d'un nouveau réservoir de 2 000 m³ à Petit-Canal, prévue fin mai ;
li|l'installation de compteurs de sectorisation pour repérer plus vite les fuites.
ad|Publicité
p|Si les délais sont tenus, les tours d'eau pourraient être levés progressivement à partir de la mi-juin, commune par commune. Le syndicat s'est engagé à publier chaque semaine un point d'avancement sur son site et sur ses réseaux sociaux.
read-also|LIRE AUSSI. Facture d'eau : le tribunal administratif donne raison à une association d'usagers
h2|Des habitants sceptiques
p|Dans la salle, beaucoup ont accueilli ces annonces avec prudence. « On nous a déjà promis ça en 2023, puis en 2024. Mon fils de 8 ans ne sait pas ce que c'est, de l'eau tous les jours », témoigne une mère de famille de Petit-Canal.
p|Le collectif d'usagers du Nord Grande-Terre, qui réclame une baisse des factures tant que le service n'est pas assuré, a annoncé qu'il maintenait sa manifestation prévue samedi devant le siège du syndicat, aux Abymes.
p|Le maire de Port-Louis, présent dans la salle, a salué « un calendrier enfin précis », tout en demandant que les communes soient associées au comité de suivi. Le préfet doit réunir ce comité pour la première fois début avril.
signature|R.L.
tags|Eau
tags|SMGEAG
tags|Port-Louis
tags|Petit-Canal
paywall|Vous avez lu 1 article gratuit ce mois-ci
paywall|Abonnez-vous pour lire la suite et soutenir l'information locale
paywall|Je m'abonne
paywall|Déjà abonné ? Je me connecte
comments|Commentaires (12)
comments|Connectez-vous pour réagir
related|À lire également
related|Coupures d'eau : les écoles de Sainte-Rose fermées jeudi
related|Il y a 3 heures
related|Assainissement : la station d'épuration de Jarry enfin aux normes ?
related|Hier à 17h12
related|Sécheresse : l'arrêté préfectoral prolongé jusqu'à fin avril
related|16/03/2026
most-read|Les plus lus
most-read|Accident mortel sur la RN1 à Capesterre-Belle-Eau
most-read|Carnaval : le parcours du mardi gras dévoilé
most-read|Baie-Mahault : un centre commercial évacué après une alerte
obituary|Avis d'obsèques
obituary|Consultez les avis d'obsèques du jour
newsletter|Recevez la newsletter de France-Antilles Guadeloupe
newsletter|Votre e-mail
newsletter|OK
app|Téléchargez l'application France-Antilles
app|App Store
app|Google Play
footer|France-Antilles Guadeloupe
footer|Mentions légales
footer|CGU
footer|CGV
footer|Politique de confidentialité
footer|Gestion des cookies
footer|Contact
footer|Annoncer dans France-Antilles
footer|Annonces légales
copyright|© France-Antilles 2026
cookie|Nous utilisons des cookies pour améliorer votre expérience. Accepter Refuser Paramétrer
"""),
 dict(id="guadeloupe-france-antilles-style-2", site="guadeloupe-france-antilles-style", lang="fr", sep="\n", title="Football : l'Étoile de Morne-à-l'Eau renverse le Moulien et s'empare de la tête", date="2026-02-23", page="""
skip-link|Aller au contenu principal
lang-switch|Guadeloupe
lang-switch|Martinique
lang-switch|Guyane
account|Se connecter
subscribe|S'abonner
subscribe|1 € le premier mois
menu|France-Antilles Guadeloupe
menu|Actualité
menu|Pointe-à-Pitre
menu|Basse-Terre
menu|Grande-Terre
menu|Îles du Sud
menu|Faits divers
menu|Économie
menu|Politique
menu|Sport
menu|Culture
menu|Carnaval
menu|Avis d'obsèques
epaper|Le journal du jour
search|Rechercher
scoreboard|Régional 1 - 17e journée
scoreboard|Étoile 2-1 Moulien
scoreboard|Solidarité Scolaire 0-0 CS Capesterre
scoreboard|Arsenal 3-2 Siroco
scoreboard|Voir tous les résultats
breadcrumb|Accueil > Sport > Football
section-label|Football
h1|Football : l'Étoile de Morne-à-l'Eau renverse le Moulien et s'empare de la tête
lead|Menés à la pause, les Morne-à-l'Eauciens ont arraché la victoire (2-1) dimanche au stade Lambert-Lamothe et passent devant leur adversaire du jour au classement de Régional 1.
byline|Fred Doroth
dateline|Publié le 23/02/2026 à 07h15
read-time|Lecture 3 min.
share|Partager
share|Facebook
share|WhatsApp
share|Copier le lien
save|Ajouter à mes favoris
caption|Le milieu offensif de l'Étoile a été le grand artisan de la remontée des siens.
credit|(Photo Fred Doroth)
p|Il y avait du monde, dimanche après-midi, autour de la pelouse du stade Lambert-Lamothe. Le derby entre l'Étoile de Morne-à-l'Eau et le Moulien, deux clubs du centre de la Grande-Terre, avait des allures de finale avant l'heure : le vainqueur était assuré de prendre seul la tête du championnat.
p|Ce sont les visiteurs qui ont frappé les premiers. Sur un corner mal repoussé, l'attaquant du Moulien a ouvert le score d'une reprise de volée à la 28e minute, faisant taire une bonne partie des tribunes.
p|Mais les hommes de l'entraîneur Ludovic Bernier sont revenus des vestiaires avec d'autres intentions. À l'heure de jeu, leur capitaine égalisait de la tête sur un coup franc excentré. Puis, à dix minutes du terme, le jeune Kenzo Fabrice, 19 ans, entré en jeu un quart d'heure plus tôt, crochetait deux défenseurs avant de tromper le gardien d'un plat du pied.
p|« À la mi-temps, j'ai simplement demandé aux garçons de jouer plus vite et de ne plus avoir peur. Ils ont répondu présent. Mais on n'a rien gagné, il reste neuf matchs », tempérait l'entraîneur après la rencontre.
ad|Publicité
h2|Le Moulien peut nourrir des regrets
p|Côté Moulien, on regrettait une seconde période trop passive et un penalty non sifflé à la 70e minute, après un contact dans la surface. « On les a laissés revenir. À ce niveau, ça se paie », résumait le président du club, qui ne voulait pas s'attarder sur l'arbitrage.
p|Au classement, l'Étoile compte désormais 38 points, un de plus que le Moulien. Arsenal, vainqueur de Siroco dans un match fou (3-2), reste en embuscade à la troisième place, à trois longueurs.
h2|La fiche technique
p|Stade Lambert-Lamothe. Arbitre : M. Cabrera. Environ 900 spectateurs.
p|Buts : pour l'Étoile, Jacoby (60e), Fabrice (80e) ; pour le Moulien, Tirolien (28e).
p|Avertissements : Jacoby (45e) côté Étoile ; Beaubrun (71e), Lacroix (88e) côté Moulien.
read-also|LIRE AUSSI. Coupe de Guadeloupe : le tirage des quarts de finale effectué
tags|Football
tags|Régional 1
tags|Morne-à-l'Eau
tags|Le Moulien
comments|Commentaires (4)
comments|Connectez-vous pour réagir
related|À lire également
related|Handball : les Guadeloupéennes qualifiées pour la phase finale
related|Il y a 5 heures
related|Cyclisme : le programme de la Route de la Canne dévoilé
related|Hier à 18h40
related|Athlétisme : nouveau record de Guadeloupe sur 400 m haies
related|21/02/2026
most-read|Les plus lus
most-read|Accident mortel sur la RN1 à Capesterre-Belle-Eau
most-read|Carnaval : le parcours du dimanche gras dévoilé
teaser-list|Football : l'Étoile de Morne-à-l'Eau renverse le Moulien et s'empare de la tête
obituary|Avis d'obsèques
obituary|Consultez les avis d'obsèques du jour
newsletter|Recevez la newsletter de France-Antilles Guadeloupe
newsletter|Votre e-mail
newsletter|OK
app|Téléchargez l'application France-Antilles
app|App Store
app|Google Play
footer|France-Antilles Guadeloupe
footer|Mentions légales
footer|CGU
footer|CGV
footer|Politique de confidentialité
footer|Gestion des cookies
footer|Contact
footer|Annoncer dans France-Antilles
footer|Annonces légales
copyright|© France-Antilles 2026
cookie|Nous utilisons des cookies pour améliorer votre expérience. Accepter Refuser Paramétrer
"""),
 dict(id="swaziland-news-style-1", site="swaziland-news-style", lang="en", sep="\n", title="Nurses at Mbabane Government Hospital down tools over unpaid overtime, patients turned away", date="2026-01-20", page="""
skip-link|Skip to content
clock|Tuesday, January 20, 2026
social|f
social|𝕏
social|▶ YouTube
social|WhatsApp
menu|SWAZILAND NEWS
menu|Investigative Journalism - Fearless, Independent
menu|Home
menu|News
menu|Politics
menu|Health
menu|Business
menu|Human Rights
menu|Opinion
menu|Videos
menu|Contact Us
donate|DONATE
search|Search for:
breaking|BREAKING NEWS
breaking|Activist released on bail after three weeks in custody
breaking|Teachers' union demands cost-of-living adjustment
breaking|Fuel prices to go up again from February
breadcrumb|Home » News » Health
section-label|Health
h1|Nurses at Mbabane Government Hospital down tools over unpaid overtime, patients turned away
byline|By Sibusiso Nkambule
dateline|January 20, 2026
views|👁 2,417 Views
comments-count|💬 0 Comments
share|Share on Facebook
share|Share on Twitter
share|Share on WhatsApp
share|Share via Email
alt-text|Nurses gathered outside the hospital on Tuesday morning
caption|Nurses gathered outside the hospital on Tuesday morning.
p|MBABANE: Scores of nurses at the Mbabane Government Hospital, the country's main referral hospital, downed tools on Tuesday morning, demanding payment of overtime allowances which they say have not been paid since September last year.
p|The Swaziland News observed patients, including elderly people and mothers carrying babies, being turned away at the outpatient department, while only emergency cases were being attended to by a skeleton staff.
p|Speaking to this publication on condition of anonymity for fear of victimisation, a senior nurse said they had exhausted all internal channels before taking action.
p|"We have written letters to the hospital administration and to the Ministry. Every month we are told the money is coming. We work night shifts, we work weekends, and we are not paid. Some of us cannot even afford transport to come to work," said the nurse.
h2|Shortage of medicines
p|The nurses also raised concerns about a shortage of essential medicines, saying patients with chronic illnesses were often told to buy medication at private pharmacies, which many could not afford.
p|Another nurse said the situation in the wards was "unbearable", adding that in some wards a single nurse was responsible for more than thirty patients during night shifts.
ad|ADVERTISEMENT
ad|Advertise with Swaziland News - reach thousands of readers inside and outside the country. Email adverts@swazilandnews.example
p|When reached for comment, the Ministry of Health spokesperson said the Ministry was aware of the matter and that the delays were caused by "cash-flow challenges" at the Treasury. He said the Ministry was engaging the Ministry of Finance and that the arrears would be paid "as soon as funds are released".
p|The spokesperson urged the nurses to return to work, saying the action was "unprocedural" and put the lives of patients at risk.
h2|Union threatens national action
p|A national nurses' union said it would convene an emergency meeting of its members on Friday, and did not rule out extending the action to other public hospitals and clinics if the government failed to pay.
p|The union's secretary general said health workers were "tired of empty promises" and called on the government to prioritise the health sector in the coming budget.
p|By the time of publication, the nurses were still gathered at the hospital's main entrance, singing solidarity songs.
read-also|READ ALSO: Patients sleep on floors as hospital beds run out
donate|Support Swaziland News: Independent journalism in an absolute monarchy costs money. Our journalists work under threat, and many of us report from exile. Make a donation today.
donate|Donate via PayPal
donate|Bank details: Swaziland News (Pty) Ltd, FNB South Africa, Account number on request
whatsapp|Join our WhatsApp Channel for breaking news updates
contact|Got a story? Contact us on WhatsApp +27 00 000 0000 or email news@swazilandnews.example. Your identity will be protected.
tags|Tags: health, Mbabane Government Hospital, nurses, strike
nav|Previous article
nav|Teachers' union demands cost-of-living adjustment
nav|Next article
nav|Fuel prices to go up again from February
related|Related Posts
related|Clinics in Shiselweni run out of ARVs, patients say
related|January 12, 2026
related|Doctors threaten strike over allowances
related|December 3, 2025
related|Hospital generator breaks down during surgery
related|November 21, 2025
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
most-read|Popular Posts
most-read|Activist released on bail after three weeks in custody
most-read|Police accused of assaulting vendors in Manzini
teaser-list|Nurses at Mbabane Government Hospital down tools over unpaid overtime, patients turned away
video|Latest Videos
video|WATCH: Vendors speak out after market demolitions
video|▶ 05:12
footer|About Swaziland News
footer|Swaziland News is an independent online newspaper, registered in South Africa, reporting on Eswatini without fear or favour.
footer|Privacy Policy
footer|Terms of Use
footer|Contact Us
copyright|© 2026 Swaziland News. All Rights Reserved.
back-to-top|↑
"""),
 dict(id="swaziland-news-style-2", site="swaziland-news-style", lang="en", sep="\n", title="Manzini vendors count losses after municipality demolishes market stalls at dawn", date="2026-03-02", page="""
skip-link|Skip to content
clock|Monday, March 2, 2026
social|f
social|𝕏
social|▶ YouTube
social|WhatsApp
menu|SWAZILAND NEWS
menu|Investigative Journalism - Fearless, Independent
menu|Home
menu|News
menu|Politics
menu|Health
menu|Business
menu|Human Rights
menu|Opinion
menu|Videos
menu|Contact Us
donate|DONATE
search|Search for:
breaking|BREAKING NEWS
breaking|Parliament adjourns without debating public service pay
breaking|Manzini vendors count losses after municipality demolishes market stalls at dawn
breaking|Student leaders summoned by police
breadcrumb|Home » News » Human Rights
section-label|Human Rights
h1|Manzini vendors count losses after municipality demolishes market stalls at dawn
byline|By Sibusiso Nkambule
dateline|March 2, 2026
views|👁 5,902 Views
comments-count|💬 3 Comments
share|Share on Facebook
share|Share on Twitter
share|Share on WhatsApp
share|Share via Email
video|WATCH VIDEO:
embed-blocked|This video is unavailable. Watch on YouTube
video|▶ 03:48
p|MANZINI: Dozens of informal traders in Manzini say they have lost their goods and their livelihoods after municipal workers, escorted by police, demolished their stalls near the bus rank in the early hours of Sunday morning.
p|Vendors who spoke to the Swaziland News said they were not given any written notice before the demolitions, which began at around 4 a.m. when most of the stalls were unattended.
p|"I arrived at 6 o'clock and found everything on the ground. My vegetables, my crates, the tent I bought last year, everything was gone. I have three children to feed and school fees to pay," said a vendor who has been selling fruit at the site for more than ten years.
p|Some of the traders said their goods had been loaded onto municipal trucks and taken away, and that they had been told to pay a fine to get them back.
h2|Council says vendors were warned
p|In a statement issued on Sunday afternoon, the Manzini Municipal Council said the traders were occupying the area illegally and had been warned "on several occasions" to move to the designated trading market.
p|The council said the clearing operation was part of a plan to "restore order and hygiene" in the central business district ahead of the upgrading of the bus rank.
ad|ADVERTISEMENT
p|But vendors dispute the council's account. They say the designated market is too far from the bus rank, that stalls there are too expensive, and that there are not enough spaces for everyone.
p|An association representing informal traders said the following demands would be submitted to the council this week:
li|the immediate return of all confiscated goods without fines;
li|compensation for goods that were destroyed;
li|a moratorium on evictions until a consultation is held;
li|affordable stalls within walking distance of the bus rank.
h2|'We are not criminals'
p|The association's chairperson said most of the vendors were women who depended on street trading because there were no jobs. "We are not criminals. We are mothers trying to survive in a country where there is no work," she said.
p|A human rights lawyer who has represented traders in the past said the demolitions could be challenged in court if the council had not followed its own by-laws on notice periods.
p|Efforts to obtain comment from the Royal Eswatini Police Service on the role of officers during the operation were unsuccessful by the time of publication.
signature|Additional reporting by Swaziland News correspondent in Manzini.
donate|Support Swaziland News: Independent journalism in an absolute monarchy costs money. Our journalists work under threat, and many of us report from exile. Make a donation today.
donate|Donate via PayPal
donate|Bank details: Swaziland News (Pty) Ltd, FNB South Africa, Account number on request
whatsapp|Join our WhatsApp Channel for breaking news updates
contact|Got a story? Contact us on WhatsApp +27 00 000 0000 or email news@swazilandnews.example. Your identity will be protected.
tags|Tags: Manzini, municipality, police, vendors
nav|Previous article
nav|Student leaders summoned by police
nav|Next article
nav|Parliament adjourns without debating public service pay
related|Related Posts
related|Vendors arrested for selling without permits
related|February 18, 2026
related|Unemployment: graduates turn to street trading
related|January 30, 2026
comments|3 thoughts on "Manzini vendors count losses after municipality demolishes market stalls at dawn"
comments|Themba
comments|March 2, 2026 at 9:14 am
comments|This is heartless. Where must these people go?
comments|Reply
comments|Concerned Liswati
comments|March 2, 2026 at 11:40 am
comments|The council must build proper stalls first before chasing people away.
comments|Reply
comments|Nomsa
comments|March 2, 2026 at 4:05 pm
comments|Pray for our country.
comments|Reply
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Post Comment
most-read|Popular Posts
most-read|Parliament adjourns without debating public service pay
most-read|Nurses at Mbabane Government Hospital down tools over unpaid overtime, patients turned away
most-read|Police accused of assaulting vendors in Manzini
video|Latest Videos
video|WATCH: Vendors speak out after market demolitions
video|▶ 05:12
footer|About Swaziland News
footer|Swaziland News is an independent online newspaper, registered in South Africa, reporting on Eswatini without fear or favour.
footer|Privacy Policy
footer|Terms of Use
footer|Contact Us
copyright|© 2026 Swaziland News. All Rights Reserved.
back-to-top|↑
"""),
 dict(id="caribbean-st-lucia-times-style-1", site="caribbean-st-lucia-times-style", lang="en", sep="\n", title="Vieux Fort fishers say sargassum and fuel costs are pushing them off the water", date="2026-04-07", page="""
skip-link|Skip to content
clock|Tuesday, April 7, 2026
weather|🌤 30°C Castries
social|Facebook
social|Instagram
social|X
social|YouTube
social|TikTok
menu|St. Lucia Times
menu|Home
menu|Headlines
menu|Local
menu|Caribbean
menu|International
menu|Business
menu|Entertainment
menu|Sports
menu|Features
menu|Press Release
menu|Contact Us
search|Search
ad|Advertisement
ad|1st National Bank - Home loans at rates you can live with. Apply today!
section-label|Headlines
section-label|Local
h1|Vieux Fort fishers say sargassum and fuel costs are pushing them off the water
byline|By Kimani Joseph
dateline|Apr 7, 2026
read-time|Reading Time: 3 mins read
share|Share on Facebook
share|Share on Twitter
share|Share on WhatsApp
share|Share
whatsapp|Follow St. Lucia Times on WhatsApp
caption|Headline photo: Fishing boats moored at the Vieux Fort fishing complex (File photo)
p|Fishers in Vieux Fort say a combination of heavy sargassum seaweed and rising fuel prices has made it impossible for many of them to go out to sea regularly, with some warning that the island's fish supply could be affected in the coming months.
p|Speaking to St. Lucia Times at the Vieux Fort fishing complex on Monday, several fishers said thick mats of seaweed had been clogging the bay and damaging outboard engines for more than three weeks.
p|"Some days you cannot even get the boat out past the jetty. The sargassum is so thick it chokes the engine. Then when you do go out, you spend three, four hundred dollars on gas and come back with nothing," said one fisherman who has worked out of Vieux Fort for over twenty years.
ad|Advertisement
ad|Sunbilt Hardware - Hurricane season is coming. Stock up on plywood and generators now.
h2|Prices at the market
p|Vendors at the Vieux Fort and Castries markets say the shortage is already showing in prices. Dolphin (mahi-mahi) was selling for as much as $18 per pound last weekend, compared with around $13 at the same time last year.
p|Some restaurants in the south say they have started importing frozen fish to keep popular dishes on the menu.
h2|Calls for assistance
p|The fishers are calling on the Department of Fisheries to:
li|restore the fuel rebate that was reduced last year;
li|provide equipment to clear sargassum from the bay and the landing sites;
li|speed up payment of the engine replacement grants promised after last hurricane season.
p|A Fisheries Department official told St. Lucia Times the department was aware of the concerns and was working with the National Emergency Management Organisation (NEMO) on a sargassum response plan. He said a barrier trial at one landing site was being considered.
p|Sargassum blooms have affected beaches and fishing communities across the eastern Caribbean every year since 2011. Scientists say 2026 is shaping up to be another heavy year, with satellite imagery showing large quantities of seaweed in the central Atlantic.
p|Meanwhile, the fishers say they will continue to go out whenever conditions allow. "Fishing is all we know," one of them said. "But we need help now, not after we lose the boats."
read-also|RELATED: Sargassum advisory issued for east coast beaches
tags|Tags: fisheries, fuel prices, sargassum, Vieux Fort
author-link|Kimani Joseph
author-bio|Kimani Joseph is a reporter with St. Lucia Times covering business, agriculture and the south of the island.
nav|Previous Post
nav|Police investigating Sunday night shooting in Castries
nav|Next Post
nav|SLASPA announces new cruise berth schedule
comments|Comments
comments|0 Comments
comments|Login
comments|Best Newest Oldest
comments|Be the first to comment.
comments|Powered by Disqus
related|Related Posts
related|Government announces relief package for farmers after dry season
related|Apr 5, 2026
related|Fuel prices go up again this week
related|Apr 1, 2026
related|Choiseul fishers receive new safety equipment
related|Mar 28, 2026
trending|Trending
trending|Man charged with murder in Gros Islet stabbing
trending|WATCH: Jazz festival line-up announced
trending|Saint Lucia wins three golds at regional swim meet
sidebar|Latest News
teaser-list|Police investigating Sunday night shooting in Castries
teaser-list|2 hours ago
teaser-list|Water outage for parts of Babonneau on Wednesday
teaser-list|4 hours ago
newsletter|Subscribe to our newsletter
newsletter|Enter your email
newsletter|Subscribe
footer|St. Lucia Times
footer|Saint Lucia's leading online news source.
footer|About Us
footer|Advertise
footer|Privacy Policy
footer|Contact Us
copyright|© 2026 St. Lucia Times - All rights reserved.
cookie|This website uses cookies. By continuing to use this website you are giving consent to cookies being used. Accept
"""),
 dict(id="caribbean-st-lucia-times-style-2", site="caribbean-st-lucia-times-style", lang="en", sep="\n", title="Ministry of Education announces new school start date after water outages hit the north", date="2026-01-06", page="""
skip-link|Skip to content
clock|Tuesday, January 6, 2026
weather|⛅ 28°C Castries
social|Facebook
social|Instagram
social|X
social|YouTube
social|TikTok
menu|St. Lucia Times
menu|Home
menu|Headlines
menu|Local
menu|Caribbean
menu|International
menu|Business
menu|Entertainment
menu|Sports
menu|Features
menu|Press Release
menu|Contact Us
search|Search
ad|Advertisement
ad|Digicel - Get 3X data on all Prime plans this month. Dial *120#
section-label|Headlines
section-label|Press Release
h1|Ministry of Education announces new school start date after water outages hit the north
byline|By St. Lucia Times
dateline|Jan 6, 2026
read-time|Reading Time: 2 mins read
share|Share on Facebook
share|Share on Twitter
share|Share on WhatsApp
share|Share
whatsapp|Follow St. Lucia Times on WhatsApp
caption|Headline photo: Stock image
p|(PRESS RELEASE) – The Ministry of Education, Sustainable Development, Innovation, Science, Technology and Vocational Training wishes to inform parents, guardians, students and the general public that the reopening of public schools in the north of the island for the second term has been rescheduled.
p|Schools in Gros Islet and the northern sections of Castries, which were scheduled to reopen on Tuesday, January 6, will now reopen on Monday, January 12, 2026. The decision follows extended water outages affecting those communities since the weekend.
p|The Ministry has been advised by the Water and Sewerage Company (WASCO) that repairs to a damaged transmission line are ongoing, and that supply is expected to be gradually restored over the next three to four days.
p|The following schools are affected by the change:
li|Gros Islet Primary School
li|Monchy Combined School
li|Babonneau Secondary School
li|Corinth Secondary School
li|Grande Rivière Primary School
p|The Ministry acknowledges that the timing is difficult for working parents and has asked principals to make school compounds available on a limited basis for students sitting CSEC and CAPE School-Based Assessments, where water can be supplied by tanker.
p|Students at the affected schools will not lose instructional time, the Ministry said. The second term calendar will be adjusted, with the mid-term break for these schools shortened from five days to two, and teachers will be provided with a revised scheme of work.
p|All other public schools will reopen as scheduled. Private schools are advised to consult their own management regarding reopening arrangements.
ad|Advertisement
h2|Teachers to report
p|Teachers and principals at the affected schools are asked to report on Thursday, January 8, for planning and to assist with preparations, provided water supply has been restored at their school plants.
p|The Ministry regrets any inconvenience caused and thanks parents for their patience and understanding. Updates will be shared via the Ministry's official social media pages and the Government Information Service (GIS).
p|Parents requiring further information may contact the Ministry's Education Officers for the relevant district.
signature|SOURCE: Government Information Service (GIS)
disclaimer|Press releases are published as received. St. Lucia Times is not responsible for the content of third-party releases.
tags|Tags: education, schools, WASCO, water outage
nav|Previous Post
nav|WASCO: Water supply to be restored gradually in Gros Islet
nav|Next Post
nav|Two injured in early morning crash on the Millennium Highway
comments|Comments
comments|7 Comments
comments|Login
comments|Best Newest Oldest
comments|Guest
comments|2 hours ago
comments|Every year the same thing with the water in the north. Nobody plans.
comments|Reply
comments|Powered by Disqus
related|Related Posts
related|WASCO: Water supply to be restored gradually in Gros Islet
related|Jan 5, 2026
related|CXC results: Ministry congratulates top performers
related|Dec 18, 2025
trending|Trending
trending|Two injured in early morning crash on the Millennium Highway
trending|Carnival 2026 bands register in record numbers
trending|Ministry of Education announces new school start date after water outages hit the north
sidebar|Latest News
teaser-list|Two injured in early morning crash on the Millennium Highway
teaser-list|1 hour ago
teaser-list|Fire destroys house in Anse La Raye
teaser-list|3 hours ago
newsletter|Subscribe to our newsletter
newsletter|Enter your email
newsletter|Subscribe
footer|St. Lucia Times
footer|Saint Lucia's leading online news source.
footer|About Us
footer|Advertise
footer|Privacy Policy
footer|Contact Us
copyright|© 2026 St. Lucia Times - All rights reserved.
cookie|This website uses cookies. By continuing to use this website you are giving consent to cookies being used. Accept
"""),
]
