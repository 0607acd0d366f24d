# Round 38: eight pages on four more layouts (an Algerian online news site, an Irish national daily, a Belgian
# French-language public broadcaster's news site, a Kenyan national daily), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND38 = [
 dict(id="tsa-algerie-style-1", site="tsa-algerie-style", lang="fr", sep="\n", title="Pomme de terre : les prix flambent à nouveau sur les marchés d’Alger", date="2026-02-09", page="""
skip-link|Aller au contenu
timestamp|lundi 9 février 2026
weather|Alger 14°C
menu|ALGÉRIE NUMÉRIQUE
menu|L’information en continu depuis 2009
lang-switch|FR | عربي | EN
menu|Accueil
menu|Actualité
menu|Économie
menu|Politique
menu|International
menu|Sport
menu|Société
menu|Culture
menu|Auto
menu|Contributions
menu|Vidéos
search|Rechercher
breaking|DERNIÈRE MINUTE  Loi de finances complémentaire : le texte adopté en Conseil des ministres
ad|Publicité
ad|Djezzy – Offre Max 2000 DA : 60 Go + appels illimités. Activez avec *720#
section-label|Économie
h1|Pomme de terre : les prix flambent à nouveau sur les marchés d’Alger
byline|Par Karim Benali
dateline|09 Février 2026 à 11:42
dateline|Mis à jour le 09 Février 2026 à 13:05
share|Facebook
share|Twitter
share|LinkedIn
share|WhatsApp
share|Copier le lien
listen|Écouter cet article
caption|Un étal de légumes au marché Ali-Mellah, à Alger. Photo d’archives / ALGÉRIE NUMÉRIQUE
lead|À moins de trois semaines du Ramadan, le kilo de pomme de terre a dépassé la barre des 140 dinars dans plusieurs marchés de la capitale, alimentant l’inquiétude des ménages.
p|Au marché de Clauzel, ce lundi matin, les commerçants affichaient la pomme de terre entre 130 et 150 dinars le kilo, contre 80 à 90 dinars il y a à peine un mois. La hausse touche aussi l’oignon et la tomate, vendus respectivement à 120 et 180 dinars.
p|« Les clients achètent un ou deux kilos au lieu d’un sac de cinq. Certains repartent les mains vides », témoigne Mourad, marchand de légumes depuis une vingtaine d’années.
p|Selon plusieurs mandataires du marché de gros des Eucalyptus, la flambée s’explique par la fin de la récolte d’arrière-saison dans les wilayas de Mostaganem et d’Aïn Defla, alors que la récolte de primeur d’El Oued n’a pas encore atteint son plein rendement.
ad|Publicité
ad|Ooredoo Business – Internet fibre pour les entreprises. Découvrez nos offres
h2|Le déstockage annoncé
p|Le ministère du Commerce a annoncé, dimanche soir, le déstockage de 40 000 tonnes de pomme de terre stockées dans les chambres froides dans le cadre du système de régulation des produits agricoles de large consommation (Syrpalac).
p|Les quantités doivent être mises sur le marché de manière progressive à partir de cette semaine, avec un prix plafond de 70 dinars le kilo au stade de gros, a précisé le ministère dans un communiqué.
p|Les associations de protection du consommateur restent prudentes. L’une d’elles rappelle que des opérations similaires menées l’an dernier n’avaient fait baisser les prix que de quelques dinars, faute de contrôle sur les circuits de distribution.
related|Lire aussi : Ramadan 2026 : le gouvernement ouvre 600 marchés de proximité
h2|Les spéculateurs dans le viseur
p|Les services de contrôle annoncent une intensification des inspections dans les chambres froides privées, soupçonnées de retenir la marchandise pour faire monter les prix.
p|Depuis le début de l’année, plus de 1 200 tonnes de produits agricoles stockés sans facture ont été saisies à travers le pays, selon un bilan de la direction du contrôle économique.
p|Pour les agriculteurs, le problème est aussi en amont. Le prix de la semence importée a presque doublé en deux ans, expliquent des producteurs de la wilaya de Bouira, qui réclament un soutien accru de l’État.
tags|Pomme de terre
tags|Prix
tags|Ramadan
tags|Ministère du Commerce
share|Partager cet article
comments|Commentaires (14)
comments|Mohamed A. – il y a 2 heures
comments|Chaque année la même chose avant le Ramadan. On annonce le déstockage et rien ne change.
comments|Répondre
comments|Nadia – il y a 1 heure
comments|À Oran c’est 150 DA depuis la semaine dernière.
comments|Répondre
comments|Voir plus de commentaires
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
most-read|Les plus lus
most-read|1 Visa Schengen : les nouveaux délais de rendez-vous pour les Algériens
most-read|2 Prix des véhicules neufs : ce qui change en février
teaser-list|3 Pomme de terre : les prix flambent à nouveau sur les marchés d’Alger
most-read|4 Bac 2026 : les dates officielles dévoilées
most-read|5 Euro, dollar : le dinar poursuit sa glissade sur le marché noir
ticker|Marché noir : 1 € = 258 DA (achat)  1 $ = 238 DA (achat)
teaser-list|Dans la même rubrique
teaser-list|Exportations hors hydrocarbures : un nouveau record en 2025
teaser-list|il y a 4 heures
teaser-list|Huile de table : les stocks rassurent selon le ministère
teaser-list|il y a 1 jour
newsletter|Recevez l’essentiel de l’actualité chaque matin
newsletter|Votre adresse e-mail
newsletter|S’inscrire
footer|Qui sommes-nous
footer|Contact
footer|Publicité
footer|Mentions légales
footer|Politique de confidentialité
social|Suivez-nous : Facebook  X  Instagram  YouTube  TikTok
copyright|© 2009-2026 Algérie Numérique. Toute reproduction sans autorisation est interdite.
cookie|Ce site utilise des cookies pour améliorer votre expérience et mesurer l’audience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|J’accepte
cookie|En savoir plus
"""),
 dict(id="tsa-algerie-style-2", site="tsa-algerie-style", lang="fr", sep="\n", title="Tramway de Constantine : l’extension vers Ali Mendjeli mise en service en juin", date="2026-03-17", page="""
skip-link|Aller au contenu
timestamp|mardi 17 mars 2026
weather|Alger 19°C
menu|ALGÉRIE NUMÉRIQUE
menu|L’information en continu depuis 2009
lang-switch|FR | عربي | EN
menu|Accueil
menu|Actualité
menu|Économie
menu|Politique
menu|International
menu|Sport
menu|Société
menu|Culture
menu|Auto
menu|Contributions
menu|Vidéos
search|Rechercher
breaking|DERNIÈRE MINUTE  Ligue 1 : le CRB reprend la tête du championnat
ticker|Horaires de l’iftar – Alger 18:52 | Oran 19:05 | Constantine 18:39
ad|Publicité
ad|Mobilis – Pack Ramadan : 100 Go offerts pour toute recharge de 1 000 DA
section-label|Actualité
h1|Tramway de Constantine : l’extension vers Ali Mendjeli mise en service en juin
byline|Par Samia Khelifi
dateline|17 Mars 2026 à 09:15
share|Facebook
share|Twitter
share|LinkedIn
share|WhatsApp
share|Copier le lien
listen|Écouter cet article
caption|Une rame du tramway de Constantine sur le viaduc de la nouvelle ville. Photo : DR
lead|Les essais dynamiques sur le nouveau tronçon de 8,9 kilomètres se poursuivent. Les autorités de la wilaya tablent sur une ouverture aux voyageurs avant la saison estivale.
p|Attendue depuis près de six ans, l’extension du tramway de Constantine vers la nouvelle ville Ali Mendjeli devrait accueillir ses premiers voyageurs au mois de juin, a annoncé lundi le wali lors d’une visite d’inspection du chantier.
p|Le nouveau tronçon compte dix stations et dessert notamment le pôle universitaire, le centre hospitalier et plusieurs grands quartiers d’habitation de la nouvelle ville, où vivent aujourd’hui plus de 400 000 habitants.
p|Les essais à vide, lancés à la mi-février, doivent se poursuivre pendant encore plusieurs semaines avant la phase de marche à blanc, au cours de laquelle les rames circuleront selon les horaires réels, sans passagers.
ad|Publicité
h2|Un trajet réduit de moitié
p|Selon l’entreprise exploitante, le trajet entre le centre-ville et Ali Mendjeli prendra une trentaine de minutes, contre plus d’une heure aujourd’hui en bus aux heures de pointe.
p|Les rames passeront toutes les six minutes en heure de pointe. Le prix du ticket restera fixé à 40 dinars, avec un abonnement mensuel étudiant à tarif réduit.
p|« Le plus difficile est derrière nous », a assuré le directeur du projet, qui évoque des retards liés aux expropriations et au déplacement des réseaux d’eau et de gaz.
related|Lire aussi : Métro d’Alger : la ligne vers l’aéroport en phase d’essais
h2|Ce qui reste à faire
p|Plusieurs chantiers doivent encore être achevés avant l’ouverture :
li|la signalisation lumineuse de six carrefours ;
li|les parkings relais aux deux terminus ;
li|l’aménagement des trottoirs autour des stations de l’université.
p|Les commerçants installés le long du tracé, qui se plaignent d’une baisse de leur activité depuis le début des travaux, espèrent une indemnisation promise par les autorités locales.
tags|Constantine
tags|Tramway
tags|Transport
share|Partager cet article
comments|Commentaires (6)
comments|Karim – il y a 3 heures
comments|Inchallah cette fois c’est la bonne, ils avaient dit la même chose en 2024.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
most-read|Les plus lus
most-read|1 Zakat El Fitr 2026 : le montant fixé
most-read|2 Importation de véhicules de moins de trois ans : les nouvelles conditions
most-read|3 Horaires de travail pendant le Ramadan : ce que prévoit le décret
most-read|4 Visa Schengen : les nouveaux délais de rendez-vous pour les Algériens
teaser-list|5 Tramway de Constantine : l’extension vers Ali Mendjeli mise en service en juin
ticker|Marché noir : 1 € = 261 DA (achat)  1 $ = 240 DA (achat)
teaser-list|Dans la même rubrique
teaser-list|Oran : la nouvelle gare routière ouvrira après l’Aïd
teaser-list|il y a 2 heures
teaser-list|Intempéries : routes coupées dans trois wilayas de l’Est
teaser-list|il y a 6 heures
newsletter|Recevez l’essentiel de l’actualité chaque matin
newsletter|Votre adresse e-mail
newsletter|S’inscrire
footer|Qui sommes-nous
footer|Contact
footer|Publicité
footer|Mentions légales
footer|Politique de confidentialité
social|Suivez-nous : Facebook  X  Instagram  YouTube  TikTok
copyright|© 2009-2026 Algérie Numérique. Toute reproduction sans autorisation est interdite.
cookie|Ce site utilise des cookies pour améliorer votre expérience et mesurer l’audience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|J’accepte
cookie|En savoir plus
"""),
 dict(id="irish-times-style-1", site="irish-times-style", lang="en", sep="\n\n", title="Rents in Dublin commuter belt rise fastest in four years, report finds", date="2026-05-14", page="""
skip-link|Skip to main content
menu|The Irish Record
subscribe|Subscribe
login|Sign In
menu|News
menu|Opinion
menu|Business
menu|Sport
menu|Life & Style
menu|Culture
menu|Podcasts
menu|Crosswords & Games
menu|Property
menu|Ireland
menu|Politics
menu|Health
menu|Education
menu|Crime & Law
menu|Environment
breadcrumb|News > Ireland > Housing
section-label|HOUSING
h1|Rents in Dublin commuter belt rise fastest in four years, report finds
lead|Average rent in Kildare, Meath and Wicklow now more than €2,100 a month as supply of homes to let falls to record low
byline|Aoife Dunne
byline|Housing Correspondent
dateline|Thu May 14 2026 - 06:00
save|Save
share|Share
font|Text size
gift|Gift this article
listen|Listen | 5 minutes
caption|New homes under construction in Naas, Co Kildare. Photograph: Ciarán Moran
p|Rents in the counties surrounding Dublin are rising at their fastest pace in four years, as tenants priced out of the capital compete for a shrinking number of homes, according to a new report.
p|Figures from a property website's quarterly rental survey show the average monthly rent in Kildare, Meath and Wicklow rose by 9.4 per cent in the year to the end of March, to €2,130. In Dublin itself, rents rose by 5.1 per cent over the same period, to an average of €2,610.
p|Fewer than 1,200 homes were available to rent nationwide on May 1st, the lowest figure recorded since the series began in 2006.
ad|Advertisement
p|The report's author, an economist at Trinity College Dublin, said the figures reflected a steady movement of households out of the city in search of lower rents, combined with landlords continuing to leave the market.
p|"What we are seeing in the commuter counties is the ripple effect of the Dublin shortage," he said. "Once someone in Tallaght can't find anything, they look in Naas, and the person in Naas looks in Newbridge."
related|Read More
related|Average asking price for homes passes €350,000 for the first time
related|Landlords leaving the market at rate of 300 a month, RTB figures show
h2|Rent controls
p|Rent pressure zone rules, which limit annual increases for existing tenancies, were replaced by a new national system in March. Under the new rules, rents can be reset to market levels when a tenancy ends after six years.
p|Tenant advocacy groups said the survey showed the changes had failed to protect renters. A spokeswoman for one group said many families were now spending more than half of their take-home pay on rent.
p|The Minister for Housing said the Government was "determined to increase supply" and pointed to a 22 per cent rise in apartment commencements in the first quarter of the year.
ad|Advertisement
p|Outside the greater Dublin area, the largest increases were recorded in Limerick city, where rents rose 8.7 per cent, and in Co Waterford, at 8.1 per cent. The smallest rise, 2.3 per cent, was in Co Donegal.
signature|aodunne@irishrecord.ie
newsletter|Sign up for push alerts and have the best news, analysis and comment delivered directly to your phone
whatsapp|Join The Irish Record on WhatsApp and stay up to date
podcast|Listen to our Dáil Week podcast for the best political chat and analysis
author-bio|Aoife Dunne is Housing Correspondent of The Irish Record
tags|Housing
tags|Rent
tags|Kildare
comments|Comments
comments|Comments are closed on this article.
sponsored|Sponsored
sponsored|Five ways to make your home more energy efficient this summer
sponsored|Why Irish SMEs are turning to cloud accounting
most-read|Most Read
most-read|1 Gardaí investigating after man found dead in Co Tipperary
most-read|2 Leaving Cert 2026: What time are the exams and what to bring
teaser-list|3 Rents in Dublin commuter belt rise fastest in four years, report finds
most-read|4 Fintan Quill: I've stopped apologising for the weather
most-read|5 'It's just not worth it anymore': Why young doctors are leaving Ireland
teaser-list|Latest Stories
teaser-list|Schools to receive €40m for summer works programme
teaser-list|Ireland
teaser-list|Harris says budget will include 'targeted' cost-of-living measures
teaser-list|Politics
games|Crosswords & Games
games|Play today's Quick Crossword, Cryptic and Sudoku
footer|Subscribe
footer|Epaper
footer|Newsletters
footer|Contact Us
footer|Advertise
footer|Terms & Conditions
footer|Privacy Policy
footer|Cookie Information
footer|Cookie Settings
footer|Community Standards
copyright|© 2026 The Irish Record DAC
"""),
 dict(id="irish-times-style-2", site="irish-times-style", lang="en", sep="\n\n", title="Storm Fionnuala: Thousands without power as orange wind warning remains in place", date="2026-10-22", page="""
skip-link|Skip to main content
menu|The Irish Record
subscribe|Subscribe
login|Sign In
menu|News
menu|Opinion
menu|Business
menu|Sport
menu|Life & Style
menu|Culture
menu|Podcasts
menu|Crosswords & Games
menu|Property
menu|Ireland
menu|Politics
menu|Health
menu|Education
menu|Crime & Law
menu|Environment
breadcrumb|News > Ireland
section-label|WEATHER
h1|Storm Fionnuala: Thousands without power as orange wind warning remains in place
lead|Schools in six western counties closed as gusts of up to 130km/h recorded in Co Mayo
byline|Conor Whelan, Eimear Ní Bhriain
dateline|Thu Oct 22 2026 - 09:47
dateline|Updated: Thu Oct 22 2026 - 12:15
save|Save
share|Share
font|Text size
gift|Gift this article
listen|Listen | 4 minutes
caption|Waves crash over the promenade at Salthill, Galway, on Thursday morning. Photograph: Niamh Gallagher
p|About 48,000 homes, farms and businesses were without electricity on Thursday morning as Storm Fionnuala brought damaging winds to the west and northwest.
p|An orange wind warning remains in place for Galway, Mayo, Sligo, Leitrim, Donegal and Clare until 3pm, with a yellow warning in force for the rest of the country until 9pm.
p|The strongest gust, 131km/h, was recorded at Belmullet, Co Mayo, shortly before 6am, according to Met Éireann.
ad|Advertisement
h2|Schools closed
p|Schools in the counties covered by the orange warning were told to remain closed on Thursday, following advice from the National Emergency Coordination Group.
p|The group said it would meet again at 4pm to assess whether schools could reopen on Friday.
p|The electricity network operator said crews were working to restore supply "as quickly as it is safe to do so", but warned that some customers in remote areas could be without power until the weekend.
embed-blocked|This content is not available due to your privacy preferences. Update your settings here to see it.
h2|Travel disruption
p|The main problems reported by motorists and transport operators on Thursday included:
li|fallen trees blocking the N59 between Clifden and Westport;
li|the cancellation of ferry sailings to the Aran Islands and Tory Island;
li|flights from Ireland West Airport Knock delayed by up to two hours.
p|Gardaí urged drivers in affected areas to avoid unnecessary journeys and to watch for debris and flooding on minor roads.
p|A spokesman for Met Éireann said conditions would ease from the west during the afternoon, though high tides would bring a risk of coastal flooding along the Atlantic seaboard on Thursday evening.
related|Read More
related|Met Éireann warns of 'very active' Atlantic storm season
related|How to prepare your home for a storm: a checklist
newsletter|Sign up for push alerts and have the best news, analysis and comment delivered directly to your phone
whatsapp|Join The Irish Record on WhatsApp and stay up to date
podcast|Listen to our Dáil Week podcast for the best political chat and analysis
tags|Storm Fionnuala
tags|Weather
tags|Met Éireann
comments|Comments
comments|Comments are closed on this article.
sponsored|Sponsored
sponsored|Planning a winter break? Here are the best deals from Dublin Airport
most-read|Most Read
teaser-list|1 Storm Fionnuala: Thousands without power as orange wind warning remains in place
most-read|2 Budget 2027: What it means for you
most-read|3 Hospital trolley numbers reach new October high
most-read|4 Róisín Kehoe: 'My husband has signed us up for a pottery class'
most-read|5 Property tax bills to rise for one in three households
teaser-list|Latest Stories
teaser-list|Ferry operator suspends Rosslare sailings until Friday
teaser-list|Ireland
teaser-list|Farmers urged to check livestock after flooding in Shannon callows
teaser-list|Ireland
games|Crosswords & Games
games|Play today's Quick Crossword, Cryptic and Sudoku
footer|Subscribe
footer|Epaper
footer|Newsletters
footer|Contact Us
footer|Advertise
footer|Terms & Conditions
footer|Privacy Policy
footer|Cookie Information
footer|Cookie Settings
footer|Community Standards
copyright|© 2026 The Irish Record DAC
"""),
 dict(id="rtbf-style-1", site="rtbf-style", lang="fr", sep="\n\n", title="Médecins généralistes : une commune wallonne sur trois est désormais en pénurie", date="2026-03-03", page="""
skip-link|Passer au contenu principal
skip-link|Accessibilité
menu|RWB Info
menu|RWB Play
menu|Radios
menu|Radio Une
menu|Onde Sud
menu|Classic 9
login|Se connecter
menu|Info
menu|Belgique
menu|Monde
menu|Économie
menu|Régions
menu|Société
menu|Sport
menu|Culture
menu|Météo
menu|Mobilité
search|Rechercher
watch|EN DIRECT  Le 13h de RWB – JT présenté par Sophie Delvaux
breadcrumb|Info > Belgique > Santé
section-label|Belgique
h1|Médecins généralistes : une commune wallonne sur trois est désormais en pénurie
byline|Par Julie Lambert
dateline|Publié le 03 mars 2026 à 06:30
dateline|Mis à jour le 03 mars 2026 à 09:12
read-time|4 min
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
listen|Écouter l'article
listen|Lecture audio générée par une voix de synthèse
caption|Une salle d'attente dans un cabinet médical de Marche-en-Famenne. © Getty Images
lead|Selon le dernier cadastre de l'AViQ, 87 communes wallonnes comptent moins de neuf médecins généralistes pour 10.000 habitants. La province de Luxembourg est la plus touchée.
p|Trouver un médecin traitant devient un parcours du combattant dans une partie de la Wallonie. D'après le nouveau cadastre publié ce mardi par l'agence wallonne de la santé, 87 des 261 communes de la Région sont désormais considérées en pénurie, contre 74 il y a deux ans.
p|Une commune est dite « en pénurie » lorsqu'elle compte moins de 9 généralistes pour 10.000 habitants. Dans 31 d'entre elles, le seuil tombe même sous les 5 médecins, ce qui les classe en « pénurie sévère ».
p|La province de Luxembourg reste la plus touchée, avec plus de la moitié de ses communes sous le seuil. Le Hainaut et la province de Namur suivent, tandis que le Brabant wallon est relativement épargné.
ad|Publicité
h2|Des patients refusés
p|À Vielsalm, le docteur Marc Hennuy, 63 ans, a fermé sa patientèle il y a deux ans. « Je reçois chaque semaine des appels de gens qui cherchent un médecin. Je dois leur dire non, c'est le plus dur », confie-t-il.
p|Le problème risque de s'aggraver : près d'un généraliste wallon sur quatre a plus de 60 ans, et les jeunes médecins choisissent plus souvent de travailler à temps partiel ou en maison médicale.
embed-blocked|Ce contenu externe est bloqué. Pour l'afficher, vous devez accepter les cookies « Réseaux sociaux ».
embed-blocked|Gérer mes préférences
h2|Des primes à l'installation
p|Pour attirer de jeunes praticiens, la Région propose une prime pouvant aller jusqu'à 20.000 euros aux médecins qui s'installent dans une commune en pénurie. Plusieurs communes ajoutent leurs propres incitants : loyer gratuit, cabinet équipé, aide au secrétariat.
p|Les cercles de médecins généralistes réclament surtout un allègement des tâches administratives. « Un généraliste passe en moyenne une journée par semaine sur de la paperasse », estime le président de leur fédération.
p|Le ministre wallon de la Santé annonce un plan pour le printemps, qui prévoit notamment d'augmenter le nombre de places de stage dans les zones rurales.
signature|Avec Belga
related|Sur le même sujet
related|Numéros INAMI : le nombre de places en médecine relevé à partir de 2027
related|21 févr. 2026
related|Gardes de week-end : les postes médicaux fusionnent en province de Namur
related|14 janv. 2026
tip|Vous avez repéré une erreur ou disposez d'informations supplémentaires sur cet article ? Signalez-le via notre formulaire.
tags|Santé
tags|Wallonie
tags|Médecins
most-read|Les plus lus
most-read|Grève des transports en commun ce jeudi : à quoi faut-il s'attendre ?
most-read|Prix de l'énergie : les tarifs sociaux élargis dès avril
most-read|Météo : un début de printemps doux mais humide
teaser-list|À voir sur RWB Play
teaser-list|Le dossier du mardi – Les urgences à bout de souffle
teaser-list|52 min
teaser-list|Consomm'acteurs – Les frais bancaires cachés
teaser-list|38 min
schedule|En ce moment sur Radio Une : Le journal de 9h
app|Téléchargez l'application RWB Info pour ne rien manquer de l'actualité
footer|À propos de la RWB
footer|Contact
footer|Médiateur
footer|Emploi
footer|Conditions générales
footer|Vie privée
footer|Gestion des cookies
footer|Accessibilité
copyright|© RWB 2026
"""),
 dict(id="rtbf-style-2", site="rtbf-style", lang="fr", sep="\n\n", title="La cigogne noire niche à nouveau dans les forêts de la Haute-Sûre", date="2026-06-11", page="""
skip-link|Passer au contenu principal
skip-link|Accessibilité
menu|RWB Info
menu|RWB Play
menu|Radios
menu|Radio Une
menu|Onde Sud
menu|Classic 9
login|Se connecter
menu|Info
menu|Belgique
menu|Monde
menu|Économie
menu|Régions
menu|Société
menu|Sport
menu|Culture
menu|Météo
menu|Mobilité
search|Rechercher
watch|EN DIRECT  Le 19h30 de RWB – JT présenté par Olivier Mathieu
breadcrumb|Info > Régions > Luxembourg
section-label|Régions Luxembourg
h1|La cigogne noire niche à nouveau dans les forêts de la Haute-Sûre
byline|Par Thomas Gérard et Anne Dethier
dateline|Publié le 11 juin 2026 à 17:45
read-time|3 min
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
video|Lire la vidéo
video|Le reportage de Thomas Gérard et Anne Dethier
video|02:14
lead|Après plusieurs années d'absence, un couple de cigognes noires a élevé trois jeunes dans un massif forestier de la commune de Fauvillers. Les naturalistes gardent l'emplacement secret.
p|C'est une discrète, bien plus farouche que sa cousine blanche. La cigogne noire a de nouveau niché cette année dans les forêts de la Haute-Sûre, au sud de la province de Luxembourg, ont confirmé ce jeudi les agents du Département de la Nature et des Forêts.
p|Trois cigogneaux ont été observés au nid début juin. Ils devraient prendre leur envol d'ici la mi-juillet, avant de partir pour l'Afrique de l'Ouest à la fin de l'été.
p|« C'est une excellente nouvelle. L'espèce avait déserté ce secteur depuis 2019, probablement à cause de coupes forestières trop proches des nids », explique un agent forestier qui suit l'oiseau depuis quinze ans.
ad|Publicité
h2|Un emplacement tenu secret
p|Le lieu exact du nid ne sera pas communiqué. La cigogne noire est très sensible au dérangement : un promeneur ou un photographe qui s'approche trop près peut suffire à faire abandonner la couvée.
p|Un périmètre de tranquillité a été mis en place autour de l'arbre, où les travaux forestiers sont suspendus jusqu'au départ des oiseaux.
p|La Wallonie compte aujourd'hui entre 60 et 80 couples nicheurs de cigognes noires, principalement en Ardenne et en Famenne.
h2|Comment l'observer sans la déranger
p|Les naturalistes donnent quelques conseils aux promeneurs :
li|rester sur les chemins balisés ;
li|observer de loin, avec des jumelles, les ruisseaux où l'oiseau vient pêcher ;
li|ne jamais publier sur les réseaux sociaux la localisation d'un nid.
p|Les observations peuvent être encodées sur la plateforme participative des naturalistes belges, qui permet de suivre les déplacements de l'espèce.
related|Sur le même sujet
related|Le retour du chat sauvage confirmé dans la vallée de la Semois
related|02 mai 2026
related|Sécheresse : les rivières ardennaises sous surveillance
related|28 mai 2026
tip|Vous avez repéré une erreur ou disposez d'informations supplémentaires sur cet article ? Signalez-le via notre formulaire.
tags|Nature
tags|Province de Luxembourg
tags|Biodiversité
most-read|Les plus lus
most-read|Examens : les résultats du CEB publiés le 26 juin
most-read|Orages : alerte orange dans le sud du pays jeudi soir
teaser-list|La cigogne noire niche à nouveau dans les forêts de la Haute-Sûre
teaser-list|À voir sur RWB Play
teaser-list|Terres sauvages – Les oiseaux des rivières
teaser-list|49 min
teaser-list|Le décodeur – Pourquoi les insectes disparaissent
teaser-list|7 min
schedule|En ce moment sur Radio Une : L'après-midi des curieux
app|Téléchargez l'application RWB Info pour ne rien manquer de l'actualité
footer|À propos de la RWB
footer|Contact
footer|Médiateur
footer|Emploi
footer|Conditions générales
footer|Vie privée
footer|Gestion des cookies
footer|Accessibilité
copyright|© RWB 2026
"""),
 dict(id="kenya-nation-style-1", site="kenya-nation-style", lang="en", sep="\n", title="Matatu fares up by Sh20 as fuel prices hit new high in latest review", date="2026-07-15", page="""
timestamp|Wednesday, July 15, 2026
epaper|ePaper
subscribe|Subscribe
login|Sign in
menu|THE NAIROBI COURIER
menu|Home
menu|News
menu|Counties
menu|Business
menu|Sports
menu|Opinion
menu|Lifestyle
menu|Africa
menu|World
menu|Health
menu|Podcasts
menu|Videos
menu|Courier Jobs
search|Search
ticker|NSE 20  2,014.36  ▲0.42%   |   USD/KES  129.10   |   Safaricom  Sh19.85  ▼0.25%
ad|Advertisement
breadcrumb|News > Business
section-label|Business
h1|Matatu fares up by Sh20 as fuel prices hit new high in latest review
byline|By Peter Otieno
byline|Senior Business Reporter
dateline|Nairobi
dateline|Jul 15, 2026
read-time|4 min read
share|Share
share|Facebook
share|X
share|WhatsApp
share|LinkedIn
share|Copy link
caption|Passengers board a matatu at a stage along Tom Mboya Street in Nairobi. Photo credit: File | Courier
section-label|What you need to know:
li|Diesel retails at Sh198.40 a litre in Nairobi, up Sh6.70 from last month.
li|Matatu operators say they have no choice but to pass the cost to commuters.
li|The regulator blames higher import costs and a weaker shilling.
p|Commuters in Nairobi and other major towns will pay between Sh10 and Sh20 more for matatu rides from today after operators raised fares in response to the latest fuel price review.
p|In the monthly review released on Monday night, the energy regulator raised the pump price of diesel by Sh6.70 to Sh198.40 a litre in Nairobi, the highest level on record. Super petrol rose by Sh4.90 to Sh201.10, while kerosene went up by Sh3.20.
p|The regulator attributed the increase to a rise in the landed cost of imported fuel and the weakening of the shilling against the US dollar over the past two months.
ad|Advertisement
p|The chairman of a national matatu owners' association said operators had absorbed two previous increases but could no longer do so.
p|"Diesel is more than half of our daily costs. If we do not adjust fares, many owners will simply park their vehicles," he told the Courier.
related|Read: Why fuel prices keep rising despite government deal
h2|Commuters feel the pinch
p|At the Kencom stage in the city centre, commuters heading to Rongai said the fare during the morning rush had gone up from Sh100 to Sh120.
p|"I spend almost a third of my salary on transport now. Something has to give," said Mercy Achieng, a shop attendant who travels from Kitengela every day.
p|Boda boda riders in several towns also reported raising charges for short trips by between Sh20 and Sh30.
h2|Knock-on effect on prices
p|Economists warned that the increase would push up the cost of food and other goods, since most produce is transported by road.
p|Annual inflation rose to 5.6 per cent in June, according to the national statistics bureau, with transport costs among the main drivers.
p|Consumer lobby groups have called on the government to reduce the tax on fuel, arguing that the current levies make up more than a third of the pump price.
ad|Advertisement
whatsapp|Stay informed. Follow The Nairobi Courier's WhatsApp channel for the latest news
tags|Fuel prices
tags|Matatu
tags|Cost of living
teaser-list|Related Stories
teaser-list|Kenya Power tariffs to rise from August, says regulator
teaser-list|Jul 12, 2026
teaser-list|Bread prices up as wheat imports slow
teaser-list|Jul 09, 2026
partner-list|From Our Partners
partner-list|The one kitchen gadget every Kenyan home needs this year
partner-list|Doctors are amazed by this simple morning routine
partner-list|Sponsored by Outbrain
most-read|Trending
most-read|KCSE 2026: Exam timetable released
most-read|Man arrested after stealing church offering in Nakuru
teaser-list|Matatu fares up by Sh20 as fuel prices hit new high in latest review
most-read|Harambee Stars name squad for Afcon qualifier
obituary|Death Announcements
obituary|Celebrating the life of Mary Wanjiku Kamau (1941–2026)
obituary|In Loving Memory: Joseph Ochieng Odhiambo
obituary|View all announcements
classifieds|Courier Jobs
classifieds|Finance Officer – County Government of Machakos
classifieds|Sales Executive – Nairobi
classifieds|See all jobs
app|Download the Courier app
app|Get it on Google Play | Download on the App Store
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Terms of Use
footer|Privacy Policy
footer|Cookie Policy
footer|Editorial Policy
footer|Careers
social|Follow us: Facebook  X  Instagram  YouTube  TikTok
copyright|© 2026 The Nairobi Courier Ltd. All rights reserved.
cookie|We use cookies to give you the best experience on our site. By continuing, you agree to our use of cookies.
cookie|Accept
cookie|Manage settings
"""),
 dict(id="kenya-nation-style-2", site="kenya-nation-style", lang="en", sep="\n", title="Uasin Gishu farmers count losses as fall armyworm returns", date="2026-05-04", page="""
timestamp|Monday, May 04, 2026
epaper|ePaper
subscribe|Subscribe
login|Sign in
menu|THE NAIROBI COURIER
menu|Home
menu|News
menu|Counties
menu|Business
menu|Sports
menu|Opinion
menu|Lifestyle
menu|Africa
menu|World
menu|Health
menu|Podcasts
menu|Videos
menu|Courier Jobs
search|Search
ticker|NSE 20  1,987.02  ▼0.18%   |   USD/KES  128.75   |   Safaricom  Sh19.40  ▲0.52%
ad|Advertisement
breadcrumb|News > Counties > Uasin Gishu
section-label|Counties
paywall|PREMIUM
h1|Uasin Gishu farmers count losses as fall armyworm returns
lead|Agriculture officials say more than 12,000 acres of young maize have been affected in three sub-counties.
byline|By Stanley Kiprotich
dateline|Eldoret
dateline|May 04, 2026
read-time|5 min read
share|Share
share|Facebook
share|X
share|WhatsApp
share|LinkedIn
share|Copy link
caption|A farmer inspects a maize plant damaged by fall armyworm in Moiben, Uasin Gishu County. Photo credit: Jared Nyataya | Courier
section-label|What you need to know:
li|The pest has been reported in Moiben, Soy and Turbo sub-counties.
li|The county has distributed 8,000 litres of pesticide to affected farmers.
p|Maize farmers in Uasin Gishu County are counting losses after a fresh invasion of fall armyworm destroyed young crops barely a month after planting.
p|County agriculture officials said more than 12,000 acres had been affected in Moiben, Soy and Turbo sub-counties, with some farmers forced to replant.
p|"I planted 15 acres in late March. When I went to the farm last week, the leaves were full of holes and the worms were inside the funnels," said Jane Chepkoech, a farmer in Moiben.
paywall|Subscribe for unlimited access to The Nairobi Courier. Get 50% off your first 3 months.
paywall|Already a subscriber? Sign in
ad|Advertisement
p|The pest, first reported in Kenya in 2017, attacks maize at all stages of growth but is most destructive when the plants are young.
p|The county's chief officer for agriculture said the department had distributed 8,000 litres of pesticide and sent extension officers to train farmers on early detection.
h2|Warm, wet weather
p|Experts at the University of Eldoret said the warm and wet conditions of the long rains season had favoured the rapid multiplication of the moths.
p|They advised farmers to:
li|inspect their fields at least twice a week;
li|spray early in the morning or late in the evening, when the larvae are active;
li|rotate maize with beans or potatoes to break the pest's cycle.
p|Farmers, however, complained that the cost of pesticides had nearly doubled since last year, and called on the national government to provide them free of charge, as it did during the 2020 outbreak.
related|Read: Government to buy maize at Sh4,000 a bag, says ministry
h2|Food security concerns
p|Uasin Gishu produces about a fifth of the country's maize, and officials warned that a poor harvest in the region could push up the price of flour later in the year.
p|A two-kilogramme packet of maize flour currently retails at between Sh135 and Sh150 in most supermarkets.
signature|skiprotich@ke.courier.co
ad|Advertisement
whatsapp|Stay informed. Follow The Nairobi Courier's WhatsApp channel for the latest news
tags|Uasin Gishu
tags|Agriculture
tags|Maize
teaser-list|Related Stories
teaser-list|Farmers protest delayed payment for maize delivered to NCPB
teaser-list|Apr 28, 2026
teaser-list|Long rains: Met department warns of floods in western Kenya
teaser-list|Apr 21, 2026
partner-list|From Our Partners
partner-list|Kenyans can now earn from home with this simple trick
partner-list|Sponsored by Outbrain
most-read|Trending
most-read|Teachers' strike: Knut issues fresh notice
most-read|Nairobi Expressway toll charges to rise in July
teaser-list|Uasin Gishu farmers count losses as fall armyworm returns
obituary|Death Announcements
obituary|Celebrating the life of Elder Daniel Kiprono arap Sang (1938–2026)
obituary|View all announcements
classifieds|Courier Jobs
classifieds|Agronomist – Agricultural Development Corporation
classifieds|See all jobs
app|Download the Courier app
app|Get it on Google Play | Download on the App Store
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Terms of Use
footer|Privacy Policy
footer|Cookie Policy
footer|Editorial Policy
footer|Careers
social|Follow us: Facebook  X  Instagram  YouTube  TikTok
copyright|© 2026 The Nairobi Courier Ltd. All rights reserved.
cookie|We use cookies to give you the best experience on our site. By continuing, you agree to our use of cookies.
cookie|Accept
cookie|Manage settings
"""),
]
