# Round 140: eight pages on four more layouts (a Neuchâtel local radio's news site, a Mayotte weekly's WordPress site,
# a St Kitts daily's site, a Kiribati independent paper's WordPress.com blog), written blind: without looking at the
# classifier, its rules or the benchmark. Each line: "label|text". Invented text; no real article is copied.
ROUND140 = [
 dict(id="radio-neuchatel-style-1", site="radio-neuchatel-style", lang="fr", sep="\n", title="Fleurier : un sous-traitant horloger supprime 45 emplois", date="2026-02-19", page="""
cookie|Ce site utilise des cookies pour mesurer l'audience et vous proposer des contenus adaptés. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|Tout accepter
cookie|Personnaliser
skip-link|Aller au contenu
menu|RLM Radio Littoral Montagnes
listen|▶ Écouter le direct
listen|En ce moment : Les Ondes Vives - Un soir au bord du lac
weather|Neuchâtel 3°C
traffic|Trafic : 2 perturbations en cours
menu|Info
menu|Sport
menu|Émissions
menu|Podcasts
menu|Agenda
menu|Concours
menu|Petites annonces
menu|Contact
menu|Neuchâtel · Littoral · Montagnes · Val-de-Travers · Val-de-Ruz · Suisse · Monde
search|Rechercher sur rlm.ch
breadcrumb|Accueil › Info › Val-de-Travers
section-label|Économie
h1|Fleurier : un sous-traitant horloger supprime 45 emplois
lead|L'entreprise Boîtiers Jaccard SA, spécialisée dans la fabrication de boîtes de montres, a annoncé mercredi l'ouverture d'une procédure de licenciement collectif. La direction invoque un effondrement des commandes et les droits de douane américains.
byline|Julie Gygax
dateline|19.02.2026 - 06:48
dateline|Mis à jour le 19.02.2026 - 12:15
share|PartagerFacebookWhatsAppE-mailCopier le lien
listen|Écouter le reportage de Julie Gygax
listen|01:58
caption|Les ateliers de Boîtiers Jaccard SA, dans la zone industrielle de Fleurier.
credit|© RLM / Julie Gygax
p|Le coup est rude pour le Val-de-Travers. Boîtiers Jaccard SA, l'un des principaux employeurs privés de Fleurier, va se séparer de 45 de ses 160 collaborateurs d'ici l'été. La direction a informé le personnel mercredi en fin de matinée, lors d'une séance convoquée dans la halle de production.
p|Fondée en 1962, l'entreprise fabrique des boîtes de montres en acier et en or pour plusieurs marques horlogères de l'Arc jurassien. Depuis l'automne, ses commandes ont reculé de près de 40%, selon son directeur général, Pascal Vuilleumier.
p|« Nous avons tout essayé pour éviter d'en arriver là. Depuis octobre, une partie des ateliers est en réduction de l'horaire de travail. Mais les clients ne reviennent pas, et nous ne pouvons pas continuer à produire pour le stock », explique-t-il au micro de RLM.
read-also|À lire aussi : Horlogerie : les exportations neuchâteloises reculent pour le quatrième mois consécutif
h2|Le marché américain en berne
p|Le directeur pointe en premier lieu les droits de douane imposés par Washington sur les produits suisses. Plusieurs marques clientes de l'entreprise réalisaient une part importante de leurs ventes aux États-Unis et ont revu leurs prévisions à la baisse pour 2026.
p|À cela s'ajoute le ralentissement du marché chinois, déjà sensible depuis deux ans. « Les marques vident leurs stocks avant de relancer la production. Pour un sous-traitant comme nous, c'est le pire des scénarios », résume Pascal Vuilleumier.
ad|Publicité
ad|Garage des Trois-Lacs - Votre partenaire entretien à Marin et Cressier - Pneus hiver dès 89 fr.
p|Les licenciements toucheront principalement les ateliers de polissage et de tournage. La procédure de consultation, prévue par le Code des obligations, court jusqu'au 6 mars. Les collaborateurs peuvent y formuler des propositions pour réduire le nombre de départs.
h2|Unia demande un plan social
p|Du côté syndical, on ne cache pas sa colère. Le secrétaire régional d'Unia Neuchâtel, Nicolas Chappuis, estime que l'entreprise « aurait pu prolonger la réduction de l'horaire de travail au lieu de licencier ». Le syndicat réclame un plan social négocié et une attention particulière pour les employés de plus de 55 ans, nombreux dans les ateliers.
p|Le Conseil d'État neuchâtelois s'est dit préoccupé. Dans un communiqué publié à la mi-journée, le Département de l'économie annonce plusieurs mesures d'accompagnement :
li|une cellule de reclassement ouverte dès la semaine prochaine à Fleurier avec l'Office cantonal de l'emploi ;
li|des bilans de compétences pris en charge par le canton pour les employés concernés ;
li|un contact direct avec les entreprises horlogères qui recrutent encore dans les Montagnes neuchâteloises.
p|À la commune de Val-de-Travers, le président du Conseil communal rappelle que la région a déjà traversé plusieurs crises horlogères. « Nous avons des savoir-faire que d'autres n'ont pas. Il faut tout faire pour les garder ici », dit-il.
p|L'entreprise précise qu'elle n'envisage pas de fermer le site et qu'elle compte maintenir ses activités de recherche et de prototypage à Fleurier.
signature|RLM - jgy/ats
whatsapp|Recevez les infos de RLM sur WhatsApp : rejoignez notre chaîne
tags|Horlogerie
tags|Val-de-Travers
tags|Emploi
tags|Droits de douane
comments|Vos réactions (0)
comments|Connectez-vous pour réagir à cet article.
related|Plus d'infos du Val-de-Travers
related|La Côte-aux-Fées : le bureau de poste fermera fin avril
related|18.02.2026
related|Couvet : le budget 2026 adopté de justesse par le législatif
related|16.02.2026
related|Buttes : un incendie détruit une ferme, pas de blessé
related|14.02.2026
podcast|Les plus écoutés
podcast|Le Journal de 12h15 - 18.02.2026
podcast|L'invité de la rédaction - Le chancelier d'État
podcast|Sport Plus - Le débrief du HCC
contest|Concours : gagnez vos places pour le festival du Lac !
contest|Participer
footer|RLM Radio Littoral Montagnes
footer|Fréquences : Littoral 90.4 · Montagnes 97.8 · Val-de-Travers 91.5 · DAB+ dans toute la Suisse romande
footer|Rue du Seyon 12 · 2000 Neuchâtel · 032 720 00 00
footer|Équipe · Annonceurs · Offres d'emploi · Impressum · Protection des données
cookie|Paramètres des cookies
copyright|© 2026 RLM Radio Littoral Montagnes SA
"""),
 dict(id="radio-neuchatel-style-2", site="radio-neuchatel-style", lang="fr", sep="\n", title="Le Grand Conseil neuchâtelois allège la facture fiscale des familles", date="2026-03-24", page="""
cookie|Ce site utilise des cookies pour mesurer l'audience et vous proposer des contenus adaptés. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|Tout accepter
cookie|Personnaliser
skip-link|Aller au contenu
menu|RLM Radio Littoral Montagnes
listen|▶ Écouter le direct
listen|En ce moment : RLM Midi - Le Journal
weather|La Chaux-de-Fonds -1°C
traffic|Trafic : H20 Vue-des-Alpes, chaussée enneigée
menu|Info
menu|Sport
menu|Émissions
menu|Podcasts
menu|Agenda
menu|Concours
menu|Petites annonces
menu|Contact
menu|Neuchâtel · Littoral · Montagnes · Val-de-Travers · Val-de-Ruz · Suisse · Monde
search|Rechercher sur rlm.ch
breaking|EN CONTINU Session du Grand Conseil : suivez les débats
breadcrumb|Accueil › Info › Neuchâtel
section-label|Politique
h1|Le Grand Conseil neuchâtelois allège la facture fiscale des familles
lead|Les députés ont adopté mardi, par 71 voix contre 28, une réforme qui relève les déductions pour enfants et pour frais de garde. Elle coûtera environ 14 millions de francs par an au canton et aux communes.
byline|Ludovic Perret
dateline|24.03.2026 - 17:32
share|PartagerFacebookWhatsAppE-mailCopier le lien
video|VIDÉO - La conseillère d'État Sandrine Matthey répond à nos questions
video|03:14
p|Les familles neuchâteloises paieront un peu moins d'impôts dès l'an prochain. Le Grand Conseil a adopté mardi après-midi, au terme de près de quatre heures de débat, la réforme de la fiscalité des personnes physiques présentée par le Conseil d'État. Le texte a été accepté par 71 voix contre 28 et 6 abstentions.
p|La réforme relève la déduction par enfant de 6 000 à 8 000 francs et celle pour les frais de garde par des tiers de 10 100 à 15 000 francs. Elle introduit en outre une déduction nouvelle pour les jeunes en formation jusqu'à 25 ans qui vivent encore chez leurs parents.
p|« Le canton de Neuchâtel a longtemps eu la réputation d'un enfer fiscal pour les familles. Avec cette réforme, nous revenons dans la moyenne romande », s'est félicitée la cheffe du Département des finances, Sandrine Matthey.
h2|La gauche divisée
p|Le PLR, l'UDC et le Centre ont soutenu le projet sans réserve. Les Vert'libéraux l'ont accepté tout en regrettant qu'il ne soit pas accompagné d'économies dans l'administration.
p|À gauche, le débat a été plus vif. Le groupe socialiste s'est rallié à la réforme après l'adoption d'un amendement qui réserve une partie des recettes à l'extension de l'accueil extrafamilial. Les Verts et le POP ont en revanche voté contre, jugeant que la baisse profitera d'abord aux ménages aisés.
p|« Une famille qui ne paie pas d'impôts parce que ses revenus sont trop bas ne verra pas un centime de cette réforme », a lancé la députée verte de La Chaux-de-Fonds Mélanie Cuche.
ad|Publicité
ad|Votre annonce sur RLM ? Contactez notre régie au 032 720 00 10
read-also|À lire aussi : Budget 2026 : le canton prévoit un déficit de 38 millions
h2|Les communes inquiètes
p|Les communes, qui supporteront environ un tiers de la baisse de recettes, ont fait entendre leurs craintes. L'Association des communes neuchâteloises demande une compensation partielle, au moins pour les trois premières années.
p|Le Conseil d'État a promis d'examiner la question dans le cadre de la prochaine révision de la péréquation financière, attendue à l'automne.
p|La réforme entrera en vigueur le 1er janvier 2027, sauf si un référendum est lancé. Le POP a déjà annoncé qu'il réfléchissait à une récolte de signatures. Il lui faudrait réunir 4 500 paraphes en 40 jours.
signature|lpe/ats
listen|Le sujet dans le Journal de 18h
listen|▶ 02:07
whatsapp|Recevez les infos de RLM sur WhatsApp : rejoignez notre chaîne
tags|Grand Conseil
tags|Fiscalité
tags|Familles
tags|Canton de Neuchâtel
comments|Vos réactions (4)
comments|Connectez-vous pour réagir à cet article.
related|Plus d'infos de Neuchâtel
related|Neuchâtel : la piscine du Nid-du-Crô rouvrira en juin
related|23.03.2026
related|Hôpital : le RHNe présente sa nouvelle stratégie pour les urgences
related|22.03.2026
related|Votations du 14 juin : le canton se prononcera sur la loi sur les transports
related|20.03.2026
scoreboard|Sport - Résultats
scoreboard|Swiss League : HC La Chaux-de-Fonds - Olten 4-2
scoreboard|Challenge League : Neuchâtel Xamax - Aarau 1-1
podcast|Les plus écoutés
podcast|Le Journal de 12h15 - 23.03.2026
podcast|L'invité de la rédaction - Le président du Grand Conseil
podcast|Sport Plus - Xamax, la course à la promotion
contest|Concours : gagnez vos places pour le festival du Lac !
contest|Participer
footer|RLM Radio Littoral Montagnes
footer|Fréquences : Littoral 90.4 · Montagnes 97.8 · Val-de-Travers 91.5 · DAB+ dans toute la Suisse romande
footer|Rue du Seyon 12 · 2000 Neuchâtel · 032 720 00 00
footer|Équipe · Annonceurs · Offres d'emploi · Impressum · Protection des données
cookie|Paramètres des cookies
copyright|© 2026 RLM Radio Littoral Montagnes SA
"""),
 dict(id="mayotte-hebdo-style-1", site="mayotte-hebdo-style", lang="fr", sep="\n", title="Koungou : un an après Chido, les premières salles de classe en dur enfin livrées", date="2026-01-15", page="""
timestamp|jeudi, janvier 15, 2026
account|Se connecter / S'inscrire
epaper|Flash Infos du jour
social|Facebook Instagram Linkedin Youtube
menu|Le Lagon Hebdo
menu|L'hebdomadaire de Mayotte
menu|Accueil
menu|Actualités
menu|Politique
menu|Société
menu|Éducation
menu|Économie
menu|Santé
menu|Environnement
menu|Sport
menu|Culture
menu|Mag Maore
menu|Annonces légales
ticker|À LA UNE
ticker|Barge : le service réduit à une rotation par heure ce week-end
ticker|Coupures d'eau : le calendrier de la semaine prochaine
ticker|Football : les Diables noirs de Combani en seizièmes de Coupe de France
breadcrumb|Accueil
breadcrumb|Actualités
breadcrumb|Éducation
section-label|Éducation
h1|Koungou : un an après Chido, les premières salles de classe en dur enfin livrées
label|Par
byline|Anfane Madi
dateline|15 janvier 2026
comments|0
views|412
share|FacebookTwitterWhatsAppLinkedinEmail
caption|Les élèves de l'école élémentaire Koungou Centre 2 ont découvert leurs nouvelles salles lundi matin.
credit|Photo : A.M.
p|Lundi matin, quand la cloche a sonné à l'école élémentaire Koungou Centre 2, les 180 élèves de CE2, CM1 et CM2 ne se sont pas dirigés vers les préfabriqués où ils s'entassaient depuis un an. Pour la première fois depuis le passage du cyclone Chido, ils ont fait leur rentrée dans des salles en dur, avec des murs en béton, des ventilateurs au plafond et, surtout, un toit qui ne s'envole pas.
p|Six classes ont été livrées au total, sur les quatorze que compte le groupe scolaire. Les travaux, financés à 80 % par l'État dans le cadre du plan de reconstruction, ont coûté 2,3 millions d'euros. « C'est un soulagement. On avait des classes à 35, sous des bâches, avec une chaleur pas possible l'après-midi », raconte une enseignante de CM1, arrivée de métropole en 2023.
p|Depuis décembre 2024, une grande partie des écoles de la commune fonctionnaient en rotation : les élèves venaient soit le matin, soit l'après-midi, faute de locaux suffisants. À Koungou, deuxième commune de l'île par sa population, près de 4 000 enfants étaient concernés à la rentrée d'août.
ad|PUBLICITÉ
ad|MAYCO BTP - Terrassement, gros œuvre, réhabilitation - Longoni - 0269 60 00 00
h2|Encore loin du compte
p|Le maire de Koungou ne crie pas victoire pour autant. « Six classes, c'est bien. Mais il en manque encore plus de soixante sur la commune. Tant qu'on aura des rotations, nos enfants n'auront que la moitié de l'école à laquelle ils ont droit », a-t-il rappelé lors de l'inauguration, en présence du recteur et du sous-préfet.
p|Le rectorat assure que le rythme va s'accélérer. Selon ses chiffres, 94 salles de classe doivent être livrées dans l'ensemble de l'île d'ici la rentrée 2026, dont une vingtaine à Koungou et dans ses villages, à Majicavo et à Longoni. Les chantiers se heurtent cependant aux mêmes difficultés que partout à Mayotte : des matériaux qui arrivent au compte-gouttes au port, et un manque d'entreprises capables de répondre aux appels d'offres.
read-also|LIRE AUSSI : Rentrée 2026 : le rectorat promet la fin des rotations dans le second degré
p|Dans la cour, les parents que nous avons rencontrés oscillent entre satisfaction et impatience. « Mon fils est en CE2, il est dans le nouveau bâtiment. Sa grande sœur, au collège, est toujours en rotation. Elle a cours de 12 h 30 à 17 h 30 et rentre à la nuit », témoigne Zaïnaba, mère de quatre enfants.
h2|Des classes « résistantes aux cyclones »
p|Les nouveaux bâtiments ont été conçus pour résister à des vents de plus de 250 km/h, selon le maître d'ouvrage. Les toitures sont ancrées dans les murs porteurs et les fenêtres équipées de volets métalliques. Une citerne de récupération d'eau de pluie de 30 m³ permet d'alimenter les sanitaires en cas de coupure, un point crucial dans une commune encore soumise aux tours d'eau.
p|La municipalité espère lancer avant l'été la deuxième tranche des travaux, qui doit comprendre les huit classes restantes et un réfectoire. Pour l'heure, les élèves de maternelle continuent d'être accueillis dans des modulaires installés sur le plateau sportif.
tags|TAGS
tags|Chido
tags|Écoles
tags|Koungou
tags|Reconstruction
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
nav|Article précédent
nav|Santé : le CHM rouvre son service de pédiatrie à Dzaoudzi
nav|Article suivant
nav|Sada : la mairie lance un recensement des habitations précaires
author-bio|Anfane Madi
author-bio|Journaliste au Lagon Hebdo depuis 2019, il suit l'éducation et les collectivités.
related|ARTICLES CONNEXESPLUS DE L'AUTEUR
related|Bac 2026 : le rectorat réorganise les centres d'examen
related|Transport scolaire : des bus supplémentaires dans le nord
related|Collège de Tsingoni : les cours reprennent après deux jours de grève
comments|LAISSER UN COMMENTAIRE
comments|Commentaire:
comments|Veuillez entrer votre commentaire!
comments|Nom:*
comments|Veuillez entrer votre nom ici
comments|Email:*
comments|Vous avez entré une adresse e-mail incorrecte!
comments|Veuillez entrer votre adresse email ici
comments|Site Web:
comments|Enregistrer mon nom, email et site web dans ce navigateur pour la prochaine fois que je commenterai.
comments|Ce site utilise Akismet pour réduire les indésirables. En savoir plus sur comment les données de vos commentaires sont utilisées.
newsletter|Abonnez-vous à Flash Infos, le quotidien numérique de Mayotte, chaque soir dans votre boîte mail.
newsletter|S'abonner
epaper|Le Lagon Hebdo n°1135
epaper|Lire le numéro
most-read|LES PLUS LUS
most-read|Coupures d'eau : le calendrier de la semaine prochaine
most-read|Faits divers : un adolescent blessé par arme blanche à Kawéni
most-read|Barge : le service réduit à une rotation par heure ce week-end
notices|ANNONCES LÉGALES
notices|Consultez et publiez vos annonces légales en ligne
jobs|OFFRES D'EMPLOI
jobs|Le Département recrute des agents d'entretien des routes (H/F)
footer|À PROPOS DE NOUS
footer|Le Lagon Hebdo est l'hebdomadaire d'information de Mayotte, édité par Lagon Presse à Mamoudzou. Il publie aussi Flash Infos, le quotidien du soir, et le magazine Mag Maore.
footer|Contactez-nous : redaction@lagonhebdo.yt
footer|SUIVEZ-NOUS
footer|Mentions légales Politique de confidentialité Publicité Contact
copyright|© Lagon Presse 2026 - Tous droits réservés
"""),
 dict(id="mayotte-hebdo-style-2", site="mayotte-hebdo-style", lang="fr", sep="\n", title="Eau : l'usine de dessalement d'Ironi Bé ne produira pas avant la fin de l'année", date="2026-03-05", page="""
timestamp|jeudi, mars 5, 2026
account|Se connecter / S'inscrire
epaper|Flash Infos du jour
social|Facebook Instagram Linkedin Youtube
menu|Le Lagon Hebdo
menu|L'hebdomadaire de Mayotte
menu|Accueil
menu|Actualités
menu|Politique
menu|Société
menu|Éducation
menu|Économie
menu|Santé
menu|Environnement
menu|Sport
menu|Culture
menu|Mag Maore
menu|Annonces légales
ticker|À LA UNE
ticker|Assises de la sécurité : les élus réclament un escadron supplémentaire
ticker|Ramadan : les horaires des administrations aménagés
ticker|Handball : Combani qualifié pour la phase finale
breadcrumb|Accueil
breadcrumb|Actualités
breadcrumb|Environnement
section-label|Environnement
h1|Eau : l'usine de dessalement d'Ironi Bé ne produira pas avant la fin de l'année
lead|Attendue pour l'été, la deuxième usine de dessalement de Grande-Terre accuse un nouveau retard. Les tours d'eau vont se poursuivre dans le centre et le sud de l'île au moins jusqu'en décembre.
label|Par
byline|Marie Delorme
dateline|5 mars 2026
comments|3
views|1 027
share|FacebookTwitterWhatsAppLinkedinEmail
caption|Le chantier de l'usine, sur les hauteurs d'Ironi Bé, en février dernier.
credit|Photo : Marie Delorme
p|Ce n'est pas la nouvelle qu'espéraient les habitants de Dembéni, Bandrélé et Chirongui. Lors d'une réunion publique organisée mardi soir à la mairie de Dembéni, le syndicat des eaux a reconnu que l'usine de dessalement d'Ironi Bé ne pourrait pas produire ses premiers mètres cubes avant la fin de l'année 2026, au lieu de l'été comme annoncé à l'automne.
p|En cause, selon le président du syndicat, des retards dans la livraison des membranes d'osmose inverse, fabriquées en Europe, et dans la pose de la conduite qui doit relier l'usine au réseau principal, sur près de 6 kilomètres. « Le chantier de la conduite a été interrompu à plusieurs reprises par les pluies de la saison humide. Nous ne prendrons pas le risque de mettre en service une installation qui ne serait pas prête », a-t-il expliqué devant une salle comble.
section-label|EN CHIFFRES
li|10 000 m³ d'eau par jour : la capacité prévue de l'usine à terme
li|5 000 m³ par jour lors de la première phase
li|70 millions d'euros : le coût total du projet
li|environ 20 % : la part des besoins de l'île couverte par l'usine à pleine capacité
h2|Les tours d'eau maintenus
p|Conséquence directe : les coupures programmées vont se poursuivre. Dans les communes du centre et du sud, l'eau est actuellement coupée une nuit sur deux, de 17 heures à 7 heures le lendemain. Le syndicat n'exclut pas de durcir ce calendrier si la saison sèche, qui commence en mai, s'annonce aussi sévère que les précédentes.
p|Dans l'assistance, la colère était palpable. « On nous a dit 2024, puis 2025, puis l'été 2026. Maintenant c'est la fin de l'année. Pendant ce temps, on achète des packs d'eau à 6 euros au supermarché », s'est emporté un habitant de Tsararano, sous les applaudissements.
ad|PUBLICITÉ
ad|Citernes, pompes, surpresseurs : EAU SERVICES MAYOTTE, Kawéni, livraison dans toute l'île
p|Une mère de famille de Bandrélé a demandé que les distributions gratuites de bouteilles soient rétablies pour les foyers les plus modestes. La préfecture, représentée par un sous-préfet, a indiqué que la question serait étudiée avec les communes.
h2|Des solutions d'attente
p|Pour limiter la pénurie d'ici là, le syndicat mise sur plusieurs chantiers de plus court terme : la réparation des fuites sur le réseau, qui perd encore près d'un tiers de l'eau produite, la remise en service de deux forages dans le sud et l'augmentation de la production de l'usine de Petite-Terre.
p|Le président du syndicat a aussi promis une communication plus régulière. Un point d'étape sur le chantier d'Ironi Bé sera désormais publié chaque mois. « Les gens ont le droit de savoir où on en est, même quand les nouvelles ne sont pas bonnes », a-t-il admis.
epaper|Retrouvez notre dossier complet sur la crise de l'eau dans Le Lagon Hebdo n°1142, en vente chez votre marchand de journaux et en version numérique.
tags|TAGS
tags|Coupures d'eau
tags|Dessalement
tags|Dembéni
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
nav|Article précédent
nav|Mamoudzou : le marché couvert rouvre ses portes
nav|Article suivant
nav|Foot : le FC Mtsapéré domine le derby de Mamoudzou
related|ARTICLES CONNEXESPLUS DE L'AUTEUR
related|Sécheresse : l'ARS rappelle les gestes pour conserver l'eau
related|Retenue collinaire de Combani : le niveau remonte enfin
related|Réseau d'eau : 12 millions d'euros pour la chasse aux fuites
comments|3 COMMENTAIRES
comments|Ahmed Soilihi
comments|5 mars 2026 À 19 h 42 min
comments|Toujours les mêmes promesses. Qui va payer les bouteilles pendant encore dix mois ?
comments|Répondre
comments|Fatima B.
comments|5 mars 2026 À 21 h 10 min
comments|Il faudrait déjà réparer les fuites à Tsararano, ça coule depuis des semaines devant l'école.
comments|Répondre
comments|Jean-Luc
comments|6 mars 2026 À 7 h 03 min
comments|Merci pour cet article clair.
comments|Répondre
comments|LAISSER UN COMMENTAIRE
comments|Commentaire:
comments|Veuillez entrer votre commentaire!
comments|Nom:*
comments|Veuillez entrer votre nom ici
comments|Email:*
comments|Vous avez entré une adresse e-mail incorrecte!
comments|Veuillez entrer votre adresse email ici
comments|Site Web:
comments|Enregistrer mon nom, email et site web dans ce navigateur pour la prochaine fois que je commenterai.
newsletter|Abonnez-vous à Flash Infos, le quotidien numérique de Mayotte, chaque soir dans votre boîte mail.
newsletter|S'abonner
most-read|LES PLUS LUS
most-read|Assises de la sécurité : les élus réclament un escadron supplémentaire
most-read|Ramadan : les horaires des administrations aménagés
teaser-list|Eau : l'usine de dessalement d'Ironi Bé ne produira pas avant la fin de l'année
notices|ANNONCES LÉGALES
notices|Consultez et publiez vos annonces légales en ligne
footer|À PROPOS DE NOUS
footer|Le Lagon Hebdo est l'hebdomadaire d'information de Mayotte, édité par Lagon Presse à Mamoudzou. Il publie aussi Flash Infos, le quotidien du soir, et le magazine Mag Maore.
footer|Contactez-nous : redaction@lagonhebdo.yt
footer|SUIVEZ-NOUS
footer|Mentions légales Politique de confidentialité Publicité Contact
copyright|© Lagon Presse 2026 - Tous droits réservés
"""),
 dict(id="st-kitts-observer-style-1", site="st-kitts-observer-style", lang="en", sep="\n", title="Two new wells to ease water shortages in eastern villages, Water Services Department says", date="2026-02-24", page="""
timestamp|Tuesday, February 24, 2026
weather|Basseterre 29°C Partly Cloudy
social|Facebook Instagram X YouTube
ticker|Latest:
ticker|Police appeal for witnesses after Sandy Point robbery
ticker|Nevis Island Assembly to sit on Thursday
ticker|Patriots announce pre-season camp at Warner Park
menu|The St Kitts & Nevis Chronicle
menu|Your Daily Source Since 1994
menu|Home
menu|Local News
menu|Regional
menu|International
menu|Business
menu|Sports
menu|Entertainment
menu|Opinion
menu|Editorial
menu|Death Announcements
menu|E-Edition
menu|Advertise
ad|ADVERTISEMENT
ad|FRIGATE BAY HARDWARE - Plumbing, tanks and pumps - Open Mon-Sat 7am to 6pm - Call 465-0000
section-label|Local News
section-label|Press Release
h1|Two new wells to ease water shortages in eastern villages, Water Services Department says
byline|By Chronicle Staff
dateline|February 24, 2026
read-time|3 min read
comments|0 Comments
share|Share
share|WhatsApp
share|Facebook
share|X
share|Copy Link
caption|Workers from the Water Services Department at the new Conaree well site on Monday. (Photo: GIS)
dateline|BASSETERRE, St. Kitts, February 24, 2026 (GIS) --
p|Residents of several villages on the eastern side of St. Kitts should see fewer interruptions to their water supply in the coming weeks, after the Water Services Department brought two new production wells into service on Monday.
p|The wells, located at Conaree and Lodge, are expected to add a combined 480,000 gallons of water per day to the public supply, according to the department's acting manager, Mr. Andrew Maynard.
p|Speaking at a brief handover ceremony at the Conaree site, Mr. Maynard said the additional supply would be directed mainly to Cayon, Keys, Ottley's and Lodge, communities that have experienced frequent low pressure and outages since the start of the dry season.
p|"We have heard the concerns of the residents, and we know how difficult it has been for families who wake up in the morning with no water in the pipes," Mr. Maynard said. "These two wells will make a real difference, especially in the higher areas where the pressure has been weakest."
ad|ADVERTISEMENT
ad|Fly direct to Miami with Caribbean Skylink - Book now and save 15%
h2|Part of a wider programme
p|The new wells form part of a programme to increase the federation's water production capacity, which has been under strain from low rainfall, ageing pipelines and growing demand from new housing developments and hotels.
p|The Minister responsible for Public Utilities said the Government remained committed to the target of uninterrupted water supply in all communities. She noted that work was also progressing on the following projects:
li|the replacement of 3.5 miles of old cast-iron mains between Basseterre and Bird Rock;
li|the installation of a new 500,000-gallon storage tank at Shadwell;
li|a study on the feasibility of a second reverse osmosis plant to serve the south-east peninsula.
p|The Minister urged residents to continue to conserve water, to report leaks promptly and to refrain from using hoses to wash vehicles during the dry period.
h2|Schedule for affected areas
p|The Water Services Department said that some disruptions may still occur while the new wells are connected to the distribution network. Residents are asked to store water and to follow announcements on the department's social media pages and on local radio.
p|Customers who continue to experience low pressure may contact the department's customer service unit at 466-0000 between 8 a.m. and 4 p.m., Monday to Friday.
signature|-- GIS
tags|Tags:
tags|Conaree
tags|Water Services Department
tags|Water supply
nav|Post navigation
nav|Previous: Over 300 students take part in national spelling bee
nav|Next: Police appeal for witnesses after Sandy Point robbery
related|Related Posts
related|Nevis Water Department announces weekend maintenance works
related|February 20, 2026
related|Cabinet approves new tariffs for electricity customers
related|February 17, 2026
related|Dry season: Residents urged to conserve water
related|February 9, 2026
comments|Leave a Reply Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
epaper|Get the E-Edition
epaper|Read today's paper on your phone or computer. EC$2.50 per issue or EC$50 per month.
epaper|Subscribe Now
obituary|Death Announcements
obituary|Mrs. Eulalie Hazel, 87, of Cayon
obituary|Mr. Cuthbert "Bertie" Warner, 72, of Sandy Point
obituary|Ms. Joycelyn Richards, 64, of New Town
most-read|Trending
most-read|Man charged with murder of Tabernacle resident
most-read|Carnival Committee reports surplus for 2025 Sugar Mas
most-read|Government announces new scholarship for nursing students
footer|The St Kitts & Nevis Chronicle
footer|Chronicle House, Fort Street, Basseterre, St Kitts
footer|Tel: (869) 465-0000 Email: news@sknchronicle.kn
footer|About Us Contact Us Advertise Privacy Policy
copyright|Copyright © 2026 The St Kitts & Nevis Chronicle. All rights reserved.
footer|Theme: ColorMag by ThemeGrill. Powered by WordPress.
"""),
 dict(id="st-kitts-observer-style-2", site="st-kitts-observer-style", lang="en", sep="\n", title="Cruise arrivals top 1.2 million as season heads for a record", date="2026-03-12", page="""
timestamp|Thursday, March 12, 2026
weather|Basseterre 28°C Sunny
social|Facebook Instagram X YouTube
ticker|Latest:
ticker|Two remanded in custody over Newtown firearm find
ticker|CXC registration deadline extended to March 20
ticker|Cruise arrivals top 1.2 million as season heads for a record
menu|The St Kitts & Nevis Chronicle
menu|Your Daily Source Since 1994
menu|Home
menu|Local News
menu|Regional
menu|International
menu|Business
menu|Sports
menu|Entertainment
menu|Opinion
menu|Editorial
menu|Death Announcements
menu|E-Edition
menu|Advertise
ad|ADVERTISEMENT
ad|SKN CREDIT UNION - Home improvement loans from 6.5% - Apply online today
section-label|Business
h1|Cruise arrivals top 1.2 million as season heads for a record
byline|By Desmond Hanley
byline|Chronicle Business Reporter
dateline|March 12, 2026
read-time|4 min read
comments|2 Comments
share|Share
share|WhatsApp
share|Facebook
share|X
share|Copy Link
caption|Two cruise ships berthed at Port Zante on Tuesday morning.
credit|Photo by Desmond Hanley
p|BASSETERRE, St Kitts -- More than 1.2 million cruise passengers have visited St Kitts since the start of the 2025-2026 season, putting the federation on course to break its all-time record before the season ends in May.
p|Figures released on Wednesday by the St Kitts Tourism Authority show that 1,214,600 passengers arrived on 412 ship calls between October 1 and March 8, an increase of 11 percent on the same period last year.
p|Tourism Authority chief executive, Mrs. Carla Browne, told the Chronicle that the growth was driven by larger ships and by new itineraries from European lines that had not called at Basseterre before.
p|"We have worked very hard over the last three years to position St Kitts as a must-see port in the Eastern Caribbean," she said. "The cruise lines are telling us that the guest satisfaction scores for St Kitts are among the highest in the region."
ad|ADVERTISEMENT
ad|Sunset catamaran cruises from Frigate Bay - Call or WhatsApp 662-0000
h2|Vendors see mixed results
p|Not everyone in the tourism trade is feeling the benefit equally. At the Port Zante craft market on Tuesday, when two ships were in port, several vendors said sales had not kept pace with the number of passengers.
p|"You see the people walking past, thousands of them, but they go straight to the buses for the tours," said one vendor who has sold hand-made jewellery at the market for 14 years. "Some days I don't make enough to cover the rent of the booth."
p|Taxi operators, on the other hand, described the season as their busiest in memory. The president of the St Kitts Taxi Association, Mr. Leroy Liburd, said island tours to Brimstone Hill and the scenic railway had been "booked solid" on several days in February.
h2|Pressure on infrastructure
p|The surge in arrivals has also raised concerns about congestion in Basseterre on days when three or more ships are in port. Residents have complained of traffic jams along the Bay Road and of long queues at banks and supermarkets in the town centre.
p|Mrs. Browne said the Authority was working with the Traffic Department and the Basseterre Development Committee on a plan that would include:
li|a dedicated lane for tour buses and taxis on heavy cruise days;
li|additional police and traffic wardens around the Circus and Port Zante;
li|new signage to direct passengers on walking tours away from the busiest streets.
p|The Authority expects the final count for the season to reach about 1.45 million passengers, which would surpass the previous record set before the pandemic.
signature|Feedback: dhanley@sknchronicle.kn
tags|Tags:
tags|Cruise tourism
tags|Port Zante
tags|St Kitts Tourism Authority
nav|Post navigation
nav|Previous: CXC registration deadline extended to March 20
nav|Next: Two remanded in custody over Newtown firearm find
related|Related Posts
related|New airline route to link St Kitts with Toronto
related|March 6, 2026
related|Hotel occupancy rises in January, says Hotel and Tourism Association
related|February 27, 2026
related|Opinion: Cruise tourism must benefit the small man
related|February 19, 2026
comments|2 thoughts on "Cruise arrivals top 1.2 million as season heads for a record"
comments|Kittitian Abroad
comments|March 12, 2026 at 9:14 am
comments|Good news but fix the roads in Basseterre first. Traffic terrible on ship days.
comments|Reply
comments|Vendor Lady
comments|March 12, 2026 at 11:02 am
comments|The vendor is right. We need the tour operators to stop at the market.
comments|Reply
comments|Leave a Reply Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Post Comment
epaper|Get the E-Edition
epaper|Read today's paper on your phone or computer. EC$2.50 per issue or EC$50 per month.
epaper|Subscribe Now
obituary|Death Announcements
obituary|Mr. Vincent Phipps, 81, of Tabernacle
obituary|Mrs. Maude Archibald, 90, of Charlestown, Nevis
most-read|Trending
most-read|Two remanded in custody over Newtown firearm find
most-read|Power outage affects parts of Basseterre for three hours
most-read|Opinion: Cruise tourism must benefit the small man
footer|The St Kitts & Nevis Chronicle
footer|Chronicle House, Fort Street, Basseterre, St Kitts
footer|Tel: (869) 465-0000 Email: news@sknchronicle.kn
footer|About Us Contact Us Advertise Privacy Policy
copyright|Copyright © 2026 The St Kitts & Nevis Chronicle. All rights reserved.
footer|Theme: ColorMag by ThemeGrill. Powered by WordPress.
"""),
 dict(id="kiribati-independent-style-1", site="kiribati-independent-style", lang="en", sep="\n", title="Dengue cases climb in South Tarawa as health ministry calls for island-wide clean-up", date="2026-03-03", page="""
skip-link|Skip to content
menu|The Tarawa Independent
menu|Kiribati's independent weekly newspaper - Te Boki ni Rongorongo
menu|Home
menu|News
menu|Outer Islands
menu|Pacific
menu|Sports
menu|Opinion
menu|Te Rongorongo
menu|Advertise
menu|Contact
search|Search for:
search|Search
section-label|LOCAL NEWS
h1|Dengue cases climb in South Tarawa as health ministry calls for island-wide clean-up
dateline|Posted on March 3, 2026 by tarawaindependent
lang-switch|Wareka te rongorongo aei n te taetae ni Kiribati
byline|By Tiaon Kaiea
p|The number of confirmed dengue cases in South Tarawa has more than doubled in three weeks, the Ministry of Health and Medical Services (MHMS) said on Monday, as it urged families, schools and businesses to join a clean-up campaign to destroy mosquito breeding sites.
p|According to the ministry, 146 cases have been confirmed since the beginning of January, most of them in Betio, Bairiki and Teaoraereke. Twenty-three patients have been admitted to Tungaru Central Hospital at Nawerewere, including eleven children. No deaths have been recorded.
alt-text|Image: mosquito fogging truck in Betio
caption|A ministry team sprays insecticide along a road in Betio last week. Photo: MHMS
p|Speaking to the Independent, the director of public health, Dr Teretia Bauro, said the rise was linked to the heavy rains of February, which left water standing in old tyres, drums, canoes and rubbish around homes.
p|"Dengue mosquitoes do not come from the lagoon or the swamp. They breed in the small containers around our own houses," Dr Bauro said. "If every family spends one hour cleaning its compound this week, we can stop this outbreak."
h2|What families are asked to do
p|The ministry has asked all households to:
li|empty, cover or turn over any container that can hold water, including buckets, drums and coconut shells;
li|cut long grass and clear rubbish around the house;
li|sleep under a mosquito net and use repellent, especially for babies and the elderly;
li|go to the nearest health centre if anyone has a high fever, severe headache or pain behind the eyes.
p|Dr Bauro warned parents not to give aspirin or ibuprofen to children with a fever, because these medicines can make bleeding worse in dengue patients. Paracetamol and plenty of water are recommended instead.
ad|Advertisements
ad|BAIRIKI TRADING - Rice, flour, hardware and outboard spare parts. Open 7 days at Bairiki and Bikenibeu.
ad|Report this ad
h2|Clean-up day on Saturday
p|The clean-up campaign will culminate on Saturday with a national clean-up day from Betio to Buota. Village councils, churches and youth groups have been asked to organise teams in each community, and the Betio and Teinainano urban councils will provide trucks to collect rubbish from roadsides.
p|The Ministry of Education said all primary schools in South Tarawa would hold clean-up activities on Friday afternoon. Fogging teams will continue to visit the worst-affected villages at dusk every evening this week.
p|Residents in Betio told the Independent they welcomed the campaign but said rubbish collection remained irregular. "We clean, we put the bags on the road, and then the truck does not come for two weeks," said a mother of five in Tekaman. "The dogs open the bags and the rubbish is back again."
p|The ministry said it would publish updated case numbers every Monday on its Facebook page and on Radio Kiribati.
share|Share this:
share|Facebook
share|X
share|Email
share|Print
like|Like this:
like|Like Loading...
related|Related
related|Tungaru Central Hospital opens new children's ward
related|January 22, 2026
related|In "LOCAL NEWS"
related|Measles vaccination campaign reaches outer islands
related|November 14, 2025
related|In "Outer Islands"
tags|LOCAL NEWS
tags|Dengue, Health, MHMS, South Tarawa
nav|Post navigation
nav|Previous Post
nav|Air Kiribati adds second weekly flight to Kiritimati
nav|Next Post
nav|Copra cutters on Tabiteuea North wait weeks for payment as cargo ship delayed
comments|Leave a comment
comments|Write a Comment...
comments|Email (Required)
comments|Name (Required)
comments|Website
comments|Loading Comments...
epaper|The Tarawa Independent print edition is out every Friday. Pick up your copy for $1 at Bairiki Trading, Betio Supermarket and Bikenibeu shops.
archive|Recent Posts
archive|Air Kiribati adds second weekly flight to Kiritimati
archive|Maneaba passes supplementary budget
archive|Betio seawall repairs to start after king tides
archive|Archives
archive|March 2026
archive|February 2026
archive|January 2026
archive|December 2025
newsletter|Follow The Tarawa Independent
newsletter|Enter your email address to follow this blog and receive notifications of new posts by email.
newsletter|Email Address:
newsletter|Follow
contact|To advertise or send us news, email tarawaindependent@gmail.com or call 7300 0000.
footer|Blog at WordPress.com.
cookie|Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.
cookie|To find out more, including how to control cookies, see here: Cookie Policy
cookie|Close and accept
subscribe|Subscribe
subscribe|Subscribed
subscribe|The Tarawa Independent
subscribe|Join 1,318 other subscribers
subscribe|Sign me up
subscribe|Already have a WordPress.com account? Log in now.
subscribe|Copy shortlink
subscribe|Report this content
subscribe|View post in Reader
subscribe|Manage subscriptions
subscribe|Collapse this bar
"""),
 dict(id="kiribati-independent-style-2", site="kiribati-independent-style", lang="en", sep="\n", title="Copra cutters on Tabiteuea North wait weeks for payment as cargo ship delayed", date="2026-03-06", page="""
skip-link|Skip to content
menu|The Tarawa Independent
menu|Kiribati's independent weekly newspaper - Te Boki ni Rongorongo
menu|Home
menu|News
menu|Outer Islands
menu|Pacific
menu|Sports
menu|Opinion
menu|Te Rongorongo
menu|Advertise
menu|Contact
search|Search for:
search|Search
section-label|Outer Islands
h1|Copra cutters on Tabiteuea North wait weeks for payment as cargo ship delayed
dateline|Posted on March 6, 2026 by tarawaindependent
byline|By Independent Reporter, Tabiteuea North
lead|Families who depend on copra say they have sold nothing since January, and the island's shops are running out of rice and sugar.
p|Copra cutters on Tabiteuea North say they have been unable to sell their copra for more than seven weeks because the cargo ship that collects it from the island has not arrived, leaving many families without cash and shops running low on basic food.
p|Copra, the dried flesh of the coconut, is the main source of income for most households in the outer islands. The Kiribati Copra Cooperative Society buys it at the government-guaranteed price, but the cutters are only paid once their bags are weighed and loaded on the ship.
p|"We have more than 200 bags waiting in the shed at Utiroa. Some of it is going bad because of the rain," said a cutter from the village of Eita, who has been producing copra for twenty years. "My children need money for school fees and I cannot pay."
alt-text|Image: copra bags in a shed
caption|Bags of copra waiting in a storage shed on Tabiteuea North. Photo supplied
h2|Ship under repair
p|The government-owned vessel that serves the southern Gilbert islands has been under repair in Betio since late January after problems with its engine were discovered during a routine inspection, according to the Ministry of Information, Communication and Transport.
p|A ministry official told the Independent that the repairs were "almost finished" and that the ship was expected to leave Betio for the southern islands before the end of March. A private vessel chartered by the cooperative visited Tabiteuea South and Nikunau in February but did not stop at Tabiteuea North because it was already full.
p|The official said the ministry understood the frustration of island communities. "We know how important the ship is for the people. Our priority is to make sure it is safe before it goes back to sea," he said.
ad|Advertisements
ad|Send money home with KiriPay - fast transfers to every island. Ask at any post office.
ad|Report this ad
h2|Rice running low
p|Island council members say the delay is also affecting the supply of goods. The same ship brings rice, flour, sugar and fuel to the island on its way south. Several shops in Utiroa and Taungaeaka told the Independent that they had run out of sugar and were rationing rice to regular customers.
p|The Member of Parliament for Tabiteuea North said he had raised the issue with the minister and would ask questions in the Maneaba ni Maungatabu when it meets later this month. He called on the government to find a second vessel so that one breakdown would not cut off whole islands.
p|Some families have turned to fishing and to traditional foods such as babai and breadfruit to get through the weeks without cash. "In the old days we did not need money. Now everything is money," said an elder in Eita. "We are waiting, like everyone."
p|The cooperative said all copra stored on the island would be bought at the current price of $3.50 a kilo once the ship arrives, and that cutters would not lose out because of the delay, as long as the copra remained of acceptable quality.
share|Share this:
share|Facebook
share|X
share|Email
share|Print
like|Like this:
like|Like Loading...
related|Related
related|Copra price rise welcomed on outer islands
related|August 2, 2025
related|In "Outer Islands"
related|Solar freezers for fishermen on Nonouti
related|October 30, 2025
related|In "Outer Islands"
tags|Outer Islands
tags|Copra, shipping, Tabiteuea
nav|Post navigation
nav|Previous Post
nav|Dengue cases climb in South Tarawa as health ministry calls for island-wide clean-up
nav|Next Post
nav|Kiribati under-20 team heads to Pacific Games qualifier
comments|2 thoughts on “Copra cutters on Tabiteuea North wait weeks for payment as cargo ship delayed”
comments|Teitia K.
comments|March 6, 2026 at 8:41 pm
comments|Same problem on Onotoa last year. We need a second ship for the south.
comments|Reply
comments|Rubeta
comments|March 7, 2026 at 10:05 am
comments|Kam rabwa for reporting this. The people of Tabiteuea are suffering.
comments|Reply
comments|Leave a comment
comments|Write a Comment...
comments|Loading Comments...
epaper|The Tarawa Independent print edition is out every Friday. Pick up your copy for $1 at Bairiki Trading, Betio Supermarket and Bikenibeu shops.
archive|Recent Posts
archive|Kiribati under-20 team heads to Pacific Games qualifier
archive|Dengue cases climb in South Tarawa as health ministry calls for island-wide clean-up
archive|Air Kiribati adds second weekly flight to Kiritimati
archive|Archives
archive|March 2026
archive|February 2026
archive|January 2026
newsletter|Follow The Tarawa Independent
newsletter|Enter your email address to follow this blog and receive notifications of new posts by email.
newsletter|Email Address:
newsletter|Follow
contact|To advertise or send us news, email tarawaindependent@gmail.com or call 7300 0000.
footer|Blog at WordPress.com.
cookie|Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.
cookie|To find out more, including how to control cookies, see here: Cookie Policy
cookie|Close and accept
subscribe|Subscribe
subscribe|Subscribed
subscribe|The Tarawa Independent
subscribe|Join 1,318 other subscribers
subscribe|Sign me up
subscribe|Already have a WordPress.com account? Log in now.
subscribe|Copy shortlink
subscribe|Report this content
subscribe|View post in Reader
subscribe|Manage subscriptions
subscribe|Collapse this bar
"""),
]
