# Round 21: eight pages on four more layouts (a Senegalese evening daily, a Canadian small-city newspaper, a Moroccan
# news portal with heavy ads and widgets, a Sri Lankan weekly), written blind: without looking at the classifier, its
# rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND21 = [
 dict(id="dakar-soir-1", site="dakar-soir", lang="fr", sep="\n", title="Pénurie d’eau : plusieurs quartiers de Dakar privés de robinet depuis trois jours", date="2025-03-14", page="""
timestamp|Vendredi 14 mars 2025
epaper|Lire l’édition du soir en PDF
subscribe|S’abonner
login|Connexion
menu|DAKAR SOIR
menu|Le quotidien du soir – L’info avant tout le monde
ticker|Ramadan 2025 – Dakar : Kheud 05h51 | Ndogou 19h36
menu|Accueil
menu|Politique
menu|Société
menu|Économie
menu|Sport
menu|Culture
menu|Régions
menu|International
menu|Contributions
menu|Nécrologie
search|Rechercher…
breaking|DERNIÈRE MINUTE : Accident sur l’autoroute à péage à hauteur de Diamniadio, deux blessés graves
breadcrumb|Accueil » Société
section-label|SOCIÉTÉ
h1|Pénurie d’eau : plusieurs quartiers de Dakar privés de robinet depuis trois jours
lead|À Grand-Yoff, aux Parcelles Assainies et à Golf Sud, les robinets sont à sec depuis mardi. Les habitants, en plein mois de ramadan, se ruent sur les bornes-fontaines et les charretiers.
byline|Par Ndèye Fatou Sarr
dateline|Publié le 14 mars 2025 à 17h45
comments|0 commentaire
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
font|A-  A+
p|Dans la rue 12 de Grand-Yoff, une file de bidons jaunes s’allonge devant l’unique borne-fontaine du quartier. Il est à peine 7 heures, mais certains sont là depuis l’aube, après le kheud.
p|« Depuis mardi, pas une goutte ne sort du robinet. On se lève à quatre heures pour espérer remplir deux seaux », explique Awa Ndiaye, mère de cinq enfants, assise sur un bidon retourné.
caption|Des femmes font la queue devant une borne-fontaine à Grand-Yoff, jeudi matin.
credit|Photo : Dakar Soir / Moussa Ndiaye
p|La situation est la même dans plusieurs unités des Parcelles Assainies et à Golf Sud, dans la commune de Guédiawaye. Les charretiers, qui revendent l’eau au porte-à-porte, ont doublé leurs prix : le bidon de 20 litres se négocie désormais à 200 francs CFA, contre 100 en temps normal.
read-also|LIRE AUSSI : Assainissement : 40 milliards pour les canaux de la banlieue
h2|Une panne sur une conduite principale
p|Joint par Dakar Soir, un responsable de la société distributrice explique la coupure par une fuite importante détectée lundi soir sur une conduite d’adduction, à la sortie de l’usine de traitement de Keur Momar Sarr.
p|« Les équipes travaillent jour et nuit. La réparation devrait être terminée samedi, mais le retour à la normale se fera progressivement, quartier par quartier », a-t-il indiqué.
ad|PUBLICITÉ
ad|Transférez de l’argent partout au Sénégal en un clic avec KaaySend. Frais réduits pendant tout le mois de ramadan !
p|En attendant, la société dit avoir déployé une vingtaine de camions-citernes dans les quartiers touchés. Les points de distribution sont les suivants :
li|Grand-Yoff : terrain de football de l’ASC Yeggo et marché Grand-Yoff ;
li|Parcelles Assainies : unité 15, devant la mairie, et unité 22 ;
li|Golf Sud : place de la mosquée Omarienne.
p|Sur le terrain, plusieurs habitants disent pourtant n’avoir vu passer aucun camion. « On nous parle de citernes, mais nous, on ne voit que les charrettes », peste Mamadou Lamine Diop, boutiquier à l’unité 22.
h2|Le ramadan complique tout
p|La coupure tombe au plus mauvais moment. Avec la préparation du ndogou, la demande en eau augmente en fin d’après-midi, et les familles doivent choisir entre la cuisine, la toilette et les ablutions.
p|Le collectif des usagers de l’eau de la banlieue appelle à un sit-in lundi devant l’agence commerciale de Guédiawaye si l’eau n’est pas revenue d’ici là. Il réclame aussi un geste commercial sur les factures du mois de mars.
tags|Mots-clés : Eau   Pénurie   Grand-Yoff   Parcelles Assainies   Ramadan
share|Partagez cet article : Facebook | X | WhatsApp
comments|Réagissez à cet article
comments|Votre nom *
comments|Votre adresse e-mail (ne sera pas publiée) *
comments|Votre commentaire *
comments|Envoyer
comments|Les commentaires sont modérés. Dakar Soir se réserve le droit de ne pas publier les propos injurieux, racistes ou diffamatoires.
teaser-list|À lire aussi dans Société
teaser-list|Ramadan : le prix du sucre flambe sur les marchés de Dakar
teaser-list|Il y a 3 heures
teaser-list|Thiaroye : un bâtiment de deux étages s’effondre, pas de victime
teaser-list|Il y a 5 heures
teaser-list|Keur Massar : les inondations de 2024 ne sont pas oubliées
teaser-list|Hier à 18h20
most-read|LES PLUS LUS
most-read|1 Assemblée nationale : la loi de finances rectificative adoptée
most-read|2 Lutte : le combat royal de la saison fixé au 6 avril
most-read|3 Ramadan : le prix du sucre flambe sur les marchés de Dakar
most-read|4 Baccalauréat 2025 : les dates des épreuves connues
obituary|NÉCROLOGIE
obituary|Rappel à Dieu de El Hadji Ousmane Faye, ancien directeur d’école à Rufisque. La levée du corps aura lieu samedi à 10 heures.
obituary|Voir tous les avis de décès
newsletter|LA LETTRE DU SOIR
newsletter|Recevez chaque soir à 18 heures l’essentiel de l’actualité sénégalaise.
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
footer|Dakar Soir – Édité par le groupe Sopi Médias SA – Sacré-Cœur 3, Villa n° 9120 – BP 0000 Dakar
footer|Tél. : +221 33 800 00 00 – redaction@dakarsoir.example.sn
footer|Qui sommes-nous ?  |  Nous contacter  |  Publicité  |  Mentions légales  |  Charte des commentaires
copyright|© 2025 Dakar Soir. Toute reproduction, même partielle, est interdite sans l’autorisation de la rédaction.
cookie|Ce site utilise des cookies pour améliorer votre expérience de navigation. En poursuivant, vous acceptez leur utilisation.
cookie|J’accepte
cookie|En savoir plus
"""),
 dict(id="dakar-soir-2", site="dakar-soir", lang="fr", sep="\n", title="Navétanes 2025 : à Pikine, les ASC réclament des terrains avant le coup d’envoi", date="2025-07-18", page="""
timestamp|Vendredi 18 juillet 2025
epaper|Lire l’édition du soir en PDF
subscribe|S’abonner
login|Connexion
menu|DAKAR SOIR
menu|Le quotidien du soir – L’info avant tout le monde
ticker|Heures de prière – Dakar : Fajr 05h39 | Tisbar 14h01 | Takusan 17h18 | Timis 19h52 | Guéwé 21h04
menu|Accueil
menu|Politique
menu|Société
menu|Économie
menu|Sport
menu|Culture
menu|Régions
menu|International
menu|Contributions
menu|Nécrologie
search|Rechercher…
breadcrumb|Accueil » Sport » Football
section-label|SPORT
h1|Navétanes 2025 : à Pikine, les ASC réclament des terrains avant le coup d’envoi
lead|À deux semaines du début des championnats populaires, les associations sportives et culturelles de la zone de Pikine-Est dénoncent le manque d’aires de jeu. Trois terrains ont été occupés par des chantiers depuis l’an dernier.
byline|Par Cheikh Tidiane Mbaye
dateline|Publié le 18 juillet 2025 à 18h10
dateline|Mis à jour le 18 juillet 2025 à 19h32
comments|2 commentaires
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
font|A-  A+
p|Les navétanes n’ont pas encore commencé, mais la tension monte déjà à Pikine. Réunis mercredi soir au foyer des jeunes de Thiaroye-Gare, les présidents d’une vingtaine d’associations sportives et culturelles (ASC) ont tiré la sonnette d’alarme.
p|En cause : la disparition progressive des terrains de quartier. Sur les sept aires de jeu que comptait la zone l’an dernier, trois sont aujourd’hui clôturées pour des projets de construction, selon les responsables de l’Organisme de zone de Pikine-Est.
caption|Des jeunes s’entraînent sur le terrain de Thiaroye-Gare, l’un des derniers encore libres de la zone.
credit|Photo : Dakar Soir / Pape Seydou Ba
p|« On ne peut pas faire jouer quarante équipes sur quatre terrains en deux mois. C’est impossible, même en jouant le matin et l’après-midi », résume Ibrahima Guèye, président de l’ASC Jappo.
h2|Des matchs à l’autre bout de la ville
p|Faute de place, l’Organisme de zone envisage de délocaliser une partie des rencontres au stade municipal de Guédiawaye. Une solution qui inquiète les supporters, habitués à suivre leur équipe à pied.
p|« Les navétanes, c’est le quartier. Si on envoie les jeunes jouer à dix kilomètres, on perd les supporters et on perd les recettes », estime Fatou Kiné Sy, trésorière d’une ASC de Guinaw Rails.
ad|PUBLICITÉ
ad|Vacances scolaires : jusqu’à 30 % de réduction sur les billets Dakar–Ziguinchor. Réservez maintenant.
p|Les recettes des guichets, souvent modestes, servent à payer les licences, les maillots et les frais médicaux des joueurs blessés. Certaines ASC financent aussi des activités culturelles et des cours de vacances.
read-also|LIRE AUSSI : Navétanes : l’ONCAV dévoile le nouveau calendrier national
h2|La mairie promet une solution
p|Contacté par Dakar Soir, l’adjoint au maire chargé des sports affirme que la commune « ne laissera pas les jeunes sans terrain ». Il évoque la possibilité d’aménager provisoirement un terrain vague situé derrière le marché Zinc.
p|Les ASC, elles, demandent un engagement écrit avant le 1er août. Elles rappellent aussi que les autorités avaient promis, l’an dernier, un terrain synthétique pour la zone, dont les travaux n’ont jamais démarré.
p|Le coup d’envoi de la saison est prévu le 2 août, sous réserve de la validation des calendriers par les organismes de zone.
tags|Mots-clés : Navétanes   Pikine   ASC   ONCAV   Football
share|Partagez cet article : Facebook | X | WhatsApp
comments|2 commentaires
comments|Lamine Seck – 18 juillet 2025 à 20h14
comments|Même chose à Rufisque, on a perdu le terrain de la cité. Il faut que l’État protège ces espaces.
comments|Répondre
comments|Ndeye Awa – 18 juillet 2025 à 21h02
comments|Les navétanes sans terrain, c’est comme le thiéboudieune sans riz.
comments|Répondre
comments|Réagissez à cet article
comments|Votre nom *
comments|Votre adresse e-mail (ne sera pas publiée) *
comments|Votre commentaire *
comments|Envoyer
comments|Les commentaires sont modérés. Dakar Soir se réserve le droit de ne pas publier les propos injurieux, racistes ou diffamatoires.
teaser-list|À lire aussi dans Sport
teaser-list|Lions : 26 joueurs convoqués pour le stage de septembre
teaser-list|Il y a 2 heures
teaser-list|Basket : la Sibac en finale de la Coupe du maire
teaser-list|Hier à 22h05
most-read|LES PLUS LUS
most-read|1 Hivernage : les premières pluies attendues dès la semaine prochaine à Dakar
most-read|2 Résultats du BFEM 2025 : comment les consulter
most-read|3 Navétanes 2025 : à Pikine, les ASC réclament des terrains avant le coup d’envoi
most-read|4 Transport : les tarifs du BRT inchangés jusqu’en décembre
obituary|NÉCROLOGIE
obituary|Rappel à Dieu de Mame Diarra Fall, veuve de feu Abdoulaye Ndiaye. L’inhumation a eu lieu à Touba.
obituary|Voir tous les avis de décès
newsletter|LA LETTRE DU SOIR
newsletter|Recevez chaque soir à 18 heures l’essentiel de l’actualité sénégalaise.
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
footer|Dakar Soir – Édité par le groupe Sopi Médias SA – Sacré-Cœur 3, Villa n° 9120 – BP 0000 Dakar
footer|Tél. : +221 33 800 00 00 – redaction@dakarsoir.example.sn
footer|Qui sommes-nous ?  |  Nous contacter  |  Publicité  |  Mentions légales  |  Charte des commentaires
copyright|© 2025 Dakar Soir. Toute reproduction, même partielle, est interdite sans l’autorisation de la rédaction.
cookie|Ce site utilise des cookies pour améliorer votre expérience de navigation. En poursuivant, vous acceptez leur utilisation.
cookie|J’accepte
cookie|En savoir plus
"""),
 dict(id="prairie-courier-1", site="prairie-courier", lang="en", sep="\n\n", title="Council adds two bus routes as Carrington Transit ridership jumps 22 per cent", date="2025-02-12", page="""
skip-link|Skip to Content
weather|Carrington, SK  -17°C  Light snow
subscribe|Subscribe Now
login|Sign In
menu|The Prairie Courier
menu|News  Local News  Sports  Opinion  Business  Entertainment  Life  Obituaries  Classifieds  E-Edition
breadcrumb|News  /  Local News
section-label|Local News
h1|Council adds two bus routes as Carrington Transit ridership jumps 22 per cent
lead|New routes to the northeast industrial park and Westview subdivision will start in September; fares stay at $3
byline|Marcus Delorme
byline|Local Journalism Initiative Reporter
dateline|Published Feb 12, 2025  •  Last updated Feb 12, 2025  •  3 minute read
comments|Join the conversation
share|Share this Story : Council adds two bus routes as Carrington Transit ridership jumps 22 per cent
share|Facebook  X  LinkedIn  Email  Reddit  Copy link
caption|A Carrington Transit bus waits at the downtown terminal on Tenth Street on Tuesday afternoon.
credit|Photo by Marcus Delorme /The Prairie Courier
article-label|Article content
p|Carrington city council voted 7-2 on Tuesday night to add two new bus routes this fall, after ridership on the city's transit system climbed 22 per cent last year.
p|The new routes will connect the downtown terminal with the northeast industrial park and the Westview subdivision, two areas that residents have repeatedly said are hard to reach without a car.
ad|Advertisement 1
ad|This advertisement has not loaded yet, but your article continues below.
article-label|Article content
p|"We heard it at every open house. People want to get to work without buying a second vehicle," said Coun. Brenda Yakimchuk, who chairs the city's transportation committee.
p|Transit director Paul Ostrowski told council the system carried just over 610,000 passengers in 2024, the highest total since the city began keeping records in 1998. Student ridership more than doubled after the city introduced a discounted semester pass for Carrington Polytechnic students.
newsletter|Prairie Courier Headline News
newsletter|Sign up to receive daily headline news from The Prairie Courier, a division of Prairie Media Group Inc.
newsletter|By signing up you consent to receive the above newsletter from Prairie Media Group Inc.
newsletter|Email Address
newsletter|Sign Up
newsletter|Thanks for signing up!
newsletter|A welcome email is on its way. If you don't see it, please check your junk folder.
article-label|Article content
h2|$1.4 million a year
p|The two routes will cost about $1.4 million a year to operate, including three new buses and six drivers. About a third of that is expected to be covered by fares, with the rest coming from the property tax levy.
p|Coun. Dale Fehr, one of the two councillors who voted against the plan, said the money would be better spent on road repairs.
ad|Advertisement 2
ad|This advertisement has not loaded yet, but your article continues below.
article-label|Article content
p|"Every spring I get calls about potholes, not about buses," Fehr said. "I'm not against transit, but this is a lot of money for a city our size."
p|The city also plans to apply for federal transit funding to cover part of the cost of the new buses.
p|Fares will remain at $3 for adults and $2 for seniors and students. Route maps and schedules are expected to be posted on the city's website in the summer, and the routes will begin running on Sept. 2.
signature|mdelorme@prairiecourier.example.ca
funding-note|The Local Journalism Initiative is funded by the Government of Canada.
article-label|Article content
share|Share this article in your social network
comments|Comments
comments|You must be logged in to join the discussion or read more comments.
comments|Create an Account
comments|Sign in
comments|Join the Conversation
comments|Prairie Media Group is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful. Comments may take up to an hour to appear on the site.
teaser-list|Trending
teaser-list|Carrington RCMP seek witnesses after overnight break-in at Main Street pharmacy
teaser-list|Snow-clearing crews move to residential streets Wednesday
teaser-list|Carrington Coyotes clinch playoff spot with shootout win
teaser-list|Province announces new long-term care beds for region
obituary|Obituaries
obituary|KOWALCHUK, Stanley
obituary|LAROCHELLE, Marie-Anne
obituary|View all obituaries
teaser-list|Latest National Stories
teaser-list|Canada Post strike talks resume in Ottawa
teaser-list|Grocery prices rise 3.1 per cent in January
ad|Advertisement
footer|Contact Us  Advertise With Us  Digital Ads  Site Map  Copyright  Privacy Policy  Terms of Use  Accessibility
footer|The Prairie Courier  •  200 Tenth Street, Carrington, SK
copyright|© 2025 The Prairie Courier, a division of Prairie Media Group Inc. All rights reserved. Unauthorized distribution, transmission or republication strictly prohibited.
cookie|This website uses cookies to personalize your content (including ads), and allows us to analyze our traffic. Read more about cookies here. By continuing to use our site, you agree to our Terms of Use and Privacy Policy.
"""),
 dict(id="prairie-courier-2", site="prairie-courier", lang="en", sep="\n\n", title="Fire destroys century-old grain elevator in Ellisburg", date="2025-06-23", page="""
skip-link|Skip to Content
weather|Carrington, SK  24°C  Sunny
subscribe|Subscribe Now
login|Sign In
menu|The Prairie Courier
menu|News  Local News  Sports  Opinion  Business  Entertainment  Life  Obituaries  Classifieds  E-Edition
breadcrumb|News  /  Local News
section-label|Local News
h1|Fire destroys century-old grain elevator in Ellisburg
lead|No one was hurt, but residents say the village has lost its landmark
byline|Jenna Rousseau
dateline|Published Jun 23, 2025  •  Last updated Jun 23, 2025  •  2 minute read
comments|Join the conversation
share|Share this Story : Fire destroys century-old grain elevator in Ellisburg
share|Facebook  X  LinkedIn  Email  Reddit  Copy link
video|Watch: Smoke rises over Ellisburg as the elevator burns
video|0:42
credit|Video submitted by Ken Lysyk
article-label|Article content
p|A wooden grain elevator that had stood beside the rail line in Ellisburg since 1924 burned to the ground early Sunday morning.
p|Ellisburg Volunteer Fire Department Chief Ron Gauthier said crews were called around 4:30 a.m. and found the building fully engulfed in flames.
ad|Advertisement 1
ad|This advertisement has not loaded yet, but your article continues below.
article-label|Article content
p|"There was nothing we could do to save it. We focused on keeping the fire away from the fuel tanks and the houses on Railway Avenue," Gauthier said. Firefighters from Carrington and the RM of Stony Plain helped bring the fire under control by mid-morning.
p|No one was injured. The cause of the fire is under investigation, but Gauthier said it was not considered suspicious at this point.
newsletter|Prairie Courier Headline News
newsletter|Sign up to receive daily headline news from The Prairie Courier, a division of Prairie Media Group Inc.
newsletter|By signing up you consent to receive the above newsletter from Prairie Media Group Inc.
newsletter|Email Address
newsletter|Sign Up
newsletter|Thanks for signing up!
newsletter|A welcome email is on its way. If you don't see it, please check your junk folder.
article-label|Article content
h2|'It was on every postcard'
p|The elevator had not been used to store grain since the early 2000s. A local heritage society bought it from a grain company in 2016 for one dollar and had been raising money to repaint it and replace part of the roof.
p|"It was on every postcard, every sign coming into town. You could see it from 20 kilometres away," said Linda Sorensen, the society's president. "Seeing it go like that, people were crying on the street."
ad|Advertisement 2
ad|This advertisement has not loaded yet, but your article continues below.
article-label|Article content
p|Sorensen said the society had about $38,000 in its restoration fund. Members will meet next week to decide what to do with the money, possibly a memorial or an interpretive display at the site.
p|Ellisburg, about 45 kilometres northwest of Carrington, has a population of roughly 350. The village once had four elevators along the rail line; the one that burned was the last.
read-also|READ MORE: Heritage society launches campaign to save Ellisburg elevator
article-label|Article content
share|Share this article in your social network
comments|Comments
comments|You must be logged in to join the discussion or read more comments.
comments|Create an Account
comments|Sign in
comments|Join the Conversation
comments|Prairie Media Group is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful. Comments may take up to an hour to appear on the site.
teaser-list|Trending
teaser-list|Canada Day fireworks moved to exhibition grounds this year
teaser-list|Carrington man charged after highway crash near Dalton
teaser-list|Swimming pool opening delayed by staffing shortage
teaser-list|Farmers welcome rain after dry spring
obituary|Obituaries
obituary|HRYNIUK, Olga
obituary|MACDONALD, Douglas "Doug"
obituary|View all obituaries
teaser-list|Latest National Stories
teaser-list|Wildfire smoke advisories issued across the Prairies
teaser-list|Bank of Canada holds key rate steady
ad|Advertisement
footer|Contact Us  Advertise With Us  Digital Ads  Site Map  Copyright  Privacy Policy  Terms of Use  Accessibility
footer|The Prairie Courier  •  200 Tenth Street, Carrington, SK
copyright|© 2025 The Prairie Courier, a division of Prairie Media Group Inc. All rights reserved. Unauthorized distribution, transmission or republication strictly prohibited.
cookie|This website uses cookies to personalize your content (including ads), and allows us to analyze our traffic. Read more about cookies here. By continuing to use our site, you agree to our Terms of Use and Privacy Policy.
"""),
 dict(id="maroc-actu24-1", site="maroc-actu24", lang="fr", sep="\n", title="Canicule : jusqu’à 47 °C attendus dans plusieurs provinces à partir de mercredi", date="2025-07-14", page="""
push|MarocActu24 souhaite vous envoyer des notifications pour les dernières actualités.
push|Plus tard
push|Autoriser
lang-switch|العربية   Français   English
timestamp|Lundi 14 juillet 2025 – 18 Moharram 1447
weather|Casablanca 27°C
ticker|EUR/MAD 10,52   USD/MAD 9,01   MASI 17 842,35 ▲0,61 %
ticker|Prière – Casablanca : Fajr 04:38   Dohr 13:38   Asr 17:18   Maghreb 20:40   Icha 22:10
menu|MAROCACTU24
menu|L’info du Maroc en continu
social|Facebook   Instagram   X   YouTube   TikTok
menu|Actualité   Politique   Économie   Société   Sport   Régions   Culture   Monde   Vidéos   Auto-Moto   Santé   Tech
ticker|EN CONTINU   Tanger Med : record de conteneurs au premier semestre   •   Botola Pro : le calendrier de la saison 2025-2026 dévoilé   •   Marhaba 2025 : plus d’un million de MRE déjà rentrés
ad|Publicité
breadcrumb|Accueil  >  Société
section-label|SOCIÉTÉ
h1|Canicule : jusqu’à 47 °C attendus dans plusieurs provinces à partir de mercredi
byline|Par Salma Bennani
dateline|Le 14/07/2025 à 15h20 – Mis à jour le 14/07/2025 à 16h02
views|2 314 vues
reading-time|Temps de lecture : 3 min
share|Partager : Facebook   X   WhatsApp   Telegram   LinkedIn
social|Suivez MarocActu24 sur Google News
caption|Une vague de chaleur touchera une grande partie du Royaume jusqu’à samedi.
credit|© DR
lead|La Direction générale de la météorologie a émis lundi un bulletin d’alerte de niveau rouge. Des températures comprises entre 42 et 47 °C sont attendues de mercredi à samedi dans plusieurs provinces du centre et de l’Oriental.
p|Selon le bulletin, cette vague de chaleur est due à la remontée d’une masse d’air très chaud en provenance du Sahara. Elle s’accompagnera localement de chergui, ce vent chaud et sec qui souffle de l’intérieur du pays.
ad|Publicité
ad|Climatiseurs inverter dès 3 990 DH – Livraison et installation gratuites à Casablanca et Rabat. Offre limitée.
p|Les provinces concernées par le niveau rouge sont :
li|Errachidia, Tinghir et Zagora ;
li|Taroudant, Chichaoua et El Kelâa des Sraghna ;
li|Khouribga, Fquih Ben Salah et Béni Mellal ;
li|Taourirt, Guercif et Figuig.
p|Un niveau orange, avec des maximales de 39 à 42 °C, est annoncé dans les provinces de Settat, Berrechid, Marrakech, Fès et Meknès.
read-also|À lire aussi : Été 2025 : les barrages remplis à 36 % seulement
h2|Les recommandations des autorités sanitaires
p|Le ministère de la Santé appelle la population à éviter de s’exposer au soleil entre 11 heures et 17 heures, à boire régulièrement de l’eau, même sans avoir soif, et à porter des vêtements légers et couvrants.
p|Une attention particulière doit être portée aux personnes âgées, aux nourrissons, aux femmes enceintes et aux malades chroniques. Les ouvriers des chantiers et les agriculteurs sont également invités à adapter leurs horaires de travail.
video|VIDÉO. Chaleur à Marrakech : les habitants cherchent la fraîcheur
video|01:36
ad|Publicité – La lecture reprendra après l’annonce
p|À Marrakech, où le thermomètre a déjà dépassé 44 °C samedi, les piscines municipales affichent complet depuis le début du mois. La commune a annoncé l’ouverture prolongée de deux d’entre elles jusqu’à 21 heures.
p|La DGM prévoit un léger recul des températures à partir de dimanche, sans toutefois revenir aux normales saisonnières avant la fin de la semaine prochaine.
app|Téléchargez l’application MarocActu24 sur Google Play et l’App Store
social|Rejoignez notre chaîne WhatsApp pour suivre l’actualité en direct
tags|Tags :   Canicule   Météo   DGM   Chergui   Santé
comments|Commentaires (4)
comments|Ajouter un commentaire
comments|Nom
comments|E-mail
comments|Votre commentaire
comments|Publier
comments|Karim – Il y a 1 heure
comments|À Béni Mellal on a déjà 45 ce matin, que Dieu nous protège.
comments|Répondre
comments|Nadia B. – Il y a 40 minutes
comments|Pensez aux coupures d’électricité avec tous ces climatiseurs…
comments|Répondre
comments|Voir plus de commentaires
teaser-list|Articles similaires
teaser-list|Incendies de forêt : l’ANEF place 23 provinces en vigilance maximale
teaser-list|Il y a 4 heures
teaser-list|Eau potable : coupures programmées dans trois quartiers de Fès
teaser-list|Hier
sponsored|Contenus sponsorisés
sponsored|Cette astuce de grand-mère fait fuir les moustiques en une nuit (Santé Pratique)
sponsored|Les retraités marocains peuvent désormais voyager à moitié prix (Voyages Plus)
sponsored|Publicité par ContentReco
most-read|Les plus lus
most-read|1. Marhaba 2025 : la file d’attente s’allonge au port de Tanger Med
most-read|2. Baccalauréat : les résultats de la session de rattrapage ce jeudi
most-read|3. Botola Pro : le calendrier de la saison 2025-2026 dévoilé
most-read|4. Immobilier : les prix baissent à Casablanca, pas à Rabat
horoscope|Horoscope du jour : Bélier – Taureau – Gémeaux – Cancer – Lion – Vierge – Balance – Scorpion – Sagittaire – Capricorne – Verseau – Poissons
ad|Publicité
footer|MAROCACTU24
footer|Qui sommes-nous   Contact   Publicité   Charte éditoriale   Mentions légales   Politique de confidentialité
footer|Dépôt légal : 2019/00 – Autorisation de la presse électronique n° 00/2019
copyright|© 2025 MarocActu24. Tous droits réservés.
cookie|Nous utilisons des cookies et des technologies similaires pour personnaliser le contenu et les publicités et analyser notre trafic. Vous pouvez modifier vos choix à tout moment.
cookie|Paramétrer
cookie|Refuser
cookie|Tout accepter
"""),
 dict(id="maroc-actu24-2", site="maroc-actu24", lang="fr", sep="\n", title="Permis de conduire : l’examen théorique passe sur tablette dans douze centres", date="2025-04-22", page="""
push|MarocActu24 souhaite vous envoyer des notifications pour les dernières actualités.
push|Plus tard
push|Autoriser
lang-switch|العربية   Français   English
timestamp|Mardi 22 avril 2025 – 23 Chaoual 1446
weather|Casablanca 21°C
ticker|EUR/MAD 10,61   USD/MAD 9,33   MASI 17 105,80 ▼0,24 %
ticker|Prière – Casablanca : Fajr 05:05   Dohr 13:27   Asr 17:03   Maghreb 19:57   Icha 21:17
menu|MAROCACTU24
menu|L’info du Maroc en continu
social|Facebook   Instagram   X   YouTube   TikTok
menu|Actualité   Politique   Économie   Société   Sport   Régions   Culture   Monde   Vidéos   Auto-Moto   Santé   Tech
ticker|EN CONTINU   SIAM 2025 : ouverture du salon de l’agriculture à Meknès   •   CAN U20 : le Maroc en demi-finale   •   Rabat : la nouvelle gare routière ouvrira en juin
ad|Publicité
breadcrumb|Accueil  >  Auto-Moto
section-label|AUTO-MOTO
h1|Permis de conduire : l’examen théorique passe sur tablette dans douze centres
byline|Par Youssef El Amrani
dateline|Le 22/04/2025 à 11h05
views|5 078 vues
reading-time|Temps de lecture : 2 min
share|Partager : Facebook   X   WhatsApp   Telegram   LinkedIn
social|Suivez MarocActu24 sur Google News
alt-text|Examen du permis de conduire sur tablette
caption|Un candidat passe l’épreuve théorique sur tablette dans un centre d’examen de Rabat. (Illustration)
credit|© MarocActu24
lead|Les candidats au permis de conduire de douze centres d’examen passeront désormais l’épreuve théorique sur tablette tactile. La nouvelle formule, testée à Rabat depuis janvier, sera généralisée à tout le Royaume d’ici la fin de l’année.
p|Selon l’Agence nationale de la sécurité routière, le nouveau dispositif entre en vigueur le 2 mai dans les centres de Casablanca, Rabat, Salé, Kénitra, Tanger, Tétouan, Fès, Meknès, Marrakech, Agadir, Oujda et Béni Mellal.
p|Chaque candidat répondra à quarante questions tirées au hasard dans une base de plus de mille questions, contre une série fixe diffusée sur un écran commun jusqu’ici. Il faudra toujours au moins trente-deux bonnes réponses pour réussir.
ad|Publicité
ad|Nouvelle citadine hybride : 0 DH d’apport et 3 ans d’entretien offerts. Rendez-vous chez votre concessionnaire.
h2|Moins de fraude, résultats immédiats
p|L’agence explique ce changement par la volonté de limiter la fraude. Avec une série différente pour chaque candidat, il devient impossible de se transmettre les réponses pendant l’épreuve.
p|Autre nouveauté : le résultat s’affiche à l’écran dès la fin de l’examen, et un SMS de confirmation est envoyé au candidat dans l’heure.
read-also|À lire aussi : Contrôle technique : les nouveaux tarifs entrent en vigueur
p|Les questions seront proposées en arabe, en amazighe et en français. Des écouteurs seront fournis aux candidats qui souhaitent entendre les questions lues à voix haute.
h2|Les auto-écoles inquiètes
p|Du côté des auto-écoles, l’accueil est mitigé. « Nos élèves se sont entraînés sur l’ancien système. Il aurait fallu une période de transition plus longue », regrette le président d’une association d’auto-écoles de Casablanca.
p|L’agence assure qu’une application d’entraînement gratuite, reprenant le nouveau format, sera mise en ligne avant la fin du mois.
app|Téléchargez l’application MarocActu24 sur Google Play et l’App Store
social|Rejoignez notre chaîne WhatsApp pour suivre l’actualité en direct
tags|Tags :   Permis de conduire   NARSA   Auto-écoles   Sécurité routière
comments|Commentaires (0)
comments|Ajouter un commentaire
comments|Nom
comments|E-mail
comments|Votre commentaire
comments|Publier
comments|Soyez le premier à commenter cet article.
teaser-list|Articles similaires
teaser-list|Radars : 550 nouveaux appareils installés sur les routes nationales
teaser-list|Il y a 2 jours
teaser-list|Vignette 2025 : la date limite de paiement approche
teaser-list|Il y a 6 jours
sponsored|Contenus sponsorisés
sponsored|Voici combien coûte réellement une voiture électrique au Maroc (AutoGuide)
sponsored|Ce village de l’Atlas attire des milliers de touristes chaque été (Evasion Mag)
sponsored|Publicité par ContentReco
most-read|Les plus lus
most-read|1. SIAM 2025 : ce qu’il faut savoir avant de visiter le salon
most-read|2. Permis de conduire : l’examen théorique passe sur tablette dans douze centres
most-read|3. CAN U20 : le programme des demi-finales
most-read|4. Météo : retour des pluies sur le nord du pays jeudi
horoscope|Horoscope du jour : Bélier – Taureau – Gémeaux – Cancer – Lion – Vierge – Balance – Scorpion – Sagittaire – Capricorne – Verseau – Poissons
ad|Publicité
footer|MAROCACTU24
footer|Qui sommes-nous   Contact   Publicité   Charte éditoriale   Mentions légales   Politique de confidentialité
footer|Dépôt légal : 2019/00 – Autorisation de la presse électronique n° 00/2019
copyright|© 2025 MarocActu24. Tous droits réservés.
cookie|Nous utilisons des cookies et des technologies similaires pour personnaliser le contenu et les publicités et analyser notre trafic. Vous pouvez modifier vos choix à tout moment.
cookie|Paramétrer
cookie|Refuser
cookie|Tout accepter
"""),
 dict(id="sunday-observer-lk-1", site="sunday-observer-lk", lang="en", sep="\n\n", title="Dengue cases climb in Western Province as monsoon rains persist", date="2025-06-15", page="""
timestamp|Sunday, June 15, 2025
menu|E-Paper  |  Archives  |  Advertising  |  Subscriptions  |  Contact Us
lang-switch|සිංහල  |  தமிழ்
menu|The Colombo Sunday Observer
menu|Sri Lanka's national Sunday newspaper since 1928
menu|Home  News  Editorial  Opinion  Business  Features  Sports  Spectrum  Montage  Junior  Youth  Impact  Obituaries
search|Search form
search|Search
breadcrumb|Home » News
h1|Dengue cases climb in Western Province as monsoon rains persist
byline|by Dilani Wickramasinghe
dateline|Sunday, June 15, 2025 - 01:00
font|Font size: A A A
share|Facebook  Twitter  WhatsApp  Email  Print
views|Views: 1,846
p|Health authorities have warned of a sharp rise in dengue cases in the Western Province, with more than 4,200 patients reported since the beginning of May as the South-West monsoon continues to bring heavy rain to the region.
p|According to figures released by the National Dengue Control Unit on Friday, the Colombo, Gampaha and Kalutara districts together account for nearly half of all cases reported in the country during the past six weeks.
p|"Rainwater collects in discarded containers, blocked drains and roof gutters within a few days, and that is exactly where the mosquito breeds," a senior official of the unit told this newspaper.
caption|Public Health Inspectors check a construction site in Kolonnawa for mosquito breeding places.
credit|Pic: Chaminda Perera
p|Hospitals in the region have opened additional wards for dengue patients. The Colombo North Teaching Hospital in Ragama said it was treating around 60 patients a day, compared with about 20 in April.
h2|Special clean-up week
p|The Ministry of Health, together with the Police and the Tri-Forces, will carry out a special mosquito control week from June 17 to 23. Teams will inspect:
li|schools and pre-schools,
li|construction sites and abandoned lands,
li|religious places, factories and government offices, and
li|houses in areas identified as high-risk.
p|Owners of premises found with mosquito breeding places could face legal action under the Prevention of Mosquito Breeding Act, officials said.
ad|Advertisement
p|Doctors urged the public to seek medical advice if fever lasts more than two days and to avoid taking painkillers other than paracetamol without a prescription.
p|"Most deaths we see are among patients who came to hospital too late. Early treatment saves lives," said a consultant physician at the National Hospital in Colombo.
p|Eighteen dengue deaths have been recorded in the country so far this year.
tags|Tags: Dengue  Western Province  Monsoon  Health
comments|Add new comment
comments|Your name
comments|Subject
comments|Comment *
comments|CAPTCHA
comments|This question is for testing whether or not you are a human visitor and to prevent automated spam submissions.
comments|Save
comments|Preview
teaser-list|More News
teaser-list|A/L results to be released by end of month
teaser-list|Trains on Kelani Valley line delayed after track damage
teaser-list|Fuel prices unchanged for June
teaser-list|Poson celebrations in Anuradhapura and Mihintale
teaser-list|more
ticker|Exchange Rates
ticker|US Dollar  Buying 296.40  Selling 304.85
ticker|Euro  Buying 337.12  Selling 350.44
ticker|Pound Sterling  Buying 397.80  Selling 412.05
ticker|Rates as at June 13, 2025
classifieds|Classifieds: Matrimonial  |  Property  |  Vehicles  |  Education  |  Situations Vacant  |  Place your ad
most-read|Most Read
most-read|Poson Poya: dansal registered with police
most-read|Sri Lanka A squad named for England tour
most-read|Colombo Port City: first residents move in
footer|The Colombo Sunday Observer is published by Colombo Observer Newspapers Ltd, No. 48, Observer House, Colombo 10.
footer|Editor: editor@sundayobserver.example.lk  |  Advertising: ads@sundayobserver.example.lk
footer|Home  |  About Us  |  Contact Us  |  Terms of Use  |  Privacy Policy  |  RSS
copyright|Copyright © 2025 The Colombo Sunday Observer. All rights reserved.
footer|Solution by Lanka Web Works
"""),
 dict(id="sunday-observer-lk-2", site="sunday-observer-lk", lang="en", sep="\n\n", title="Coconut prices ease as new harvest reaches Colombo markets", date="2025-03-16", page="""
timestamp|Sunday, March 16, 2025
menu|E-Paper  |  Archives  |  Advertising  |  Subscriptions  |  Contact Us
lang-switch|සිංහල  |  தமிழ்
menu|The Colombo Sunday Observer
menu|Sri Lanka's national Sunday newspaper since 1928
menu|Home  News  Editorial  Opinion  Business  Features  Sports  Spectrum  Montage  Junior  Youth  Impact  Obituaries
search|Search form
search|Search
breadcrumb|Home » Business
h1|Coconut prices ease as new harvest reaches Colombo markets
byline|by Ruwan Jayasekara
dateline|Sunday, March 16, 2025 - 01:00
font|Font size: A A A
share|Facebook  Twitter  WhatsApp  Email  Print
views|Views: 3,102
p|After months of record prices that pushed a single nut beyond Rs. 200 in some shops, coconut prices in Colombo began to fall last week as the new harvest from the Coconut Triangle reached wholesale markets.
p|At the Manning Market in Peliyagoda, a medium-sized coconut sold for between Rs. 130 and Rs. 150 on Friday, traders said, compared with Rs. 190 to Rs. 210 at the beginning of February.
caption|Coconuts unloaded at a wholesale stall in Peliyagoda on Friday.
credit|Pic: Sudath Malaweera
p|"The lorries are coming full again. Three weeks ago, we were getting half loads," said A. M. Nazeer, who has run a wholesale stall at the market for twenty years.
h2|Drought and pests
p|Growers in the Kurunegala, Puttalam and Gampaha districts, which together produce most of the country's coconuts, had a difficult 2024. A long dry spell early in the year was followed by attacks of the coconut whitefly, which reduced yields on many estates.
p|The Coconut Development Authority estimates that the national harvest fell to around 2.7 billion nuts last year, well below the level needed to meet both household demand and the needs of the desiccated coconut and oil industries.
ad|Advertisement
p|Better rains since November have helped trees recover, said a research officer at the Coconut Research Institute in Lunuwila. "The nuts we are seeing now were set during the rains at the end of last year. If the weather holds, supply should remain steady until mid-year."
h2|Kitchens still feel the pinch
p|For households, the relief is only partial. Coconut oil prices remain high, and many restaurants that raised their prices during the shortage have not brought them down.
p|"We used to use three coconuts for a pot of curry for the family. During the worst months, I used one and added milk powder," said Chandrika Fernando, a housewife in Wattala. "Now I can go back to two."
p|Traders warned that prices could rise again before the Sinhala and Tamil New Year in April, when demand for coconuts for kiribath and sweets traditionally peaks.
tags|Tags: Coconut  Prices  Agriculture  Markets
comments|Add new comment
comments|Your name
comments|Subject
comments|Comment *
comments|CAPTCHA
comments|This question is for testing whether or not you are a human visitor and to prevent automated spam submissions.
comments|Save
comments|Preview
teaser-list|More Business
teaser-list|CSE turnover rises as investors return
teaser-list|Tea auction prices firm at Colombo sale
teaser-list|Tourist arrivals cross 250,000 in February
teaser-list|more
ticker|Exchange Rates
ticker|US Dollar  Buying 292.15  Selling 300.60
ticker|Euro  Buying 316.48  Selling 329.90
ticker|Pound Sterling  Buying 377.25  Selling 391.02
ticker|Rates as at March 14, 2025
classifieds|Classifieds: Matrimonial  |  Property  |  Vehicles  |  Education  |  Situations Vacant  |  Place your ad
most-read|Most Read
most-read|Avurudu bus and train schedules announced
most-read|Medawachchiya–Talaimannar line reopens after upgrade
most-read|Jaffna Central wins Battle of the North
footer|The Colombo Sunday Observer is published by Colombo Observer Newspapers Ltd, No. 48, Observer House, Colombo 10.
footer|Editor: editor@sundayobserver.example.lk  |  Advertising: ads@sundayobserver.example.lk
footer|Home  |  About Us  |  Contact Us  |  Terms of Use  |  Privacy Policy  |  RSS
copyright|Copyright © 2025 The Colombo Sunday Observer. All rights reserved.
footer|Solution by Lanka Web Works
"""),
]
