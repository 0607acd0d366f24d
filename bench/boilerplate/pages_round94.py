# Round 94: eight pages on four more layouts (a French regional daily's national pages, an Abu Dhabi English-language
# daily, a pan-African French-language news site, an Irish daily's opinion column page), written blind: without
# looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no
# real article is copied.
ROUND94 = [
 dict(id="ouest-france-national-style-1", site="ouest-france-national-style", lang="fr", sep="\n", title="Canicule : l'État va financer des cours d'école « oasis » dans 5 000 établissements d'ici 2028", date="2026-06-18", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
skip-link|Aller à la recherche
menu|Menu
menu|L'Écho de l'Ouest
search|Rechercher
subscribe|S'abonner
subscribe|1 € le premier mois
account|Se connecter
edition|Choisir mon édition
menu|Actualités
menu|Sport
menu|Éditions locales
menu|Services
menu|Podcasts
menu|Vidéos
menu|Jeux
menu|Immobilier
trending|Tendances :
trending|Canicule
trending|Bac 2026
trending|Fête de la musique
trending|Tour de France
trending|Municipales
breadcrumb|Accueil › France › Éducation
section-label|Éducation
h1|Canicule : l'État va financer des cours d'école « oasis » dans 5 000 établissements d'ici 2028
lead|Le gouvernement a présenté ce jeudi un plan de 500 millions d'euros pour transformer les cours de récréation bitumées en espaces ombragés et végétalisés. Les petites communes pourront voir jusqu'à 70 % de leurs travaux pris en charge.
reading-time|Lecture : 3 min.
byline|L'Écho de l'Ouest Gwenaëlle LE ROUX.
dateline|Publié le 18/06/2026 à 17h12
dateline|Modifié le 18/06/2026 à 19h40
listen|Écouter
save|Ajouter à mes favoris
gift|Offrir l'article
share|Partager
share|Facebook
share|X
share|WhatsApp
share|E-mail
share|Copier le lien
caption|Une cour d'école « débitumée » à Rennes (Ille-et-Vilaine), où le goudron a laissé place à de la terre, des arbres et des copeaux de bois.
credit|ARCHIVES MATHIEU PATTIER, L'ÉCHO DE L'OUEST
p|C'est l'une des images des vagues de chaleur de ces dernières années : des élèves entassés à l'ombre d'un unique préau, sur une cour goudronnée où le thermomètre dépasse les 45 °C en plein après-midi. Le gouvernement veut en finir d'ici trois ans. La ministre de l'Éducation nationale et le ministre de la Transition écologique ont présenté, ce jeudi 18 juin, un plan destiné à transformer 5 000 cours d'école en « cours oasis » d'ici à la rentrée 2028.
p|Le principe est connu : retirer tout ou partie de l'enrobé, planter des arbres, installer des zones de terre, de copeaux ou de pelouse, récupérer l'eau de pluie et créer des points d'ombre. Plusieurs grandes villes, Paris en tête, s'y sont lancées depuis 2018. Mais les petites communes, qui gèrent l'immense majorité des écoles primaires, peinent souvent à financer des travaux dont le coût varie de 150 000 à plus de 400 000 euros par cour.
ad|Publicité
h2|Jusqu'à 70 % de subvention
p|Pour les aider, l'État mobilisera 500 millions d'euros sur trois ans, principalement via le Fonds vert. Les communes de moins de 10 000 habitants pourront voir jusqu'à 70 % de la dépense prise en charge, contre 50 % pour les plus grandes. Les dossiers pourront être déposés en préfecture à partir du 1er septembre.
p|« Nous savons que les épisodes de forte chaleur vont se multiplier, y compris en juin et en septembre, quand les enfants sont en classe. Adapter les écoles n'est plus une option », a fait valoir la ministre lors d'une visite dans une école élémentaire de Tours (Indre-et-Loire), dont la cour a été entièrement réaménagée l'an dernier.
p|Le plan prévoit aussi un volet sur les bâtiments eux-mêmes : brasseurs d'air, stores extérieurs et protections solaires pour les salles exposées plein sud. Un diagnostic « confort d'été » devra être réalisé dans chaque école d'ici à fin 2027.
read-also|Lire aussi : Canicule : à partir de quelle température un enseignant peut-il exercer son droit de retrait ?
h2|Les maires saluent, mais restent prudents
p|Du côté des élus locaux, l'annonce est plutôt bien accueillie, avec des réserves. « C'est une bonne nouvelle, mais 500 millions pour 5 000 cours, cela fait 100 000 euros par école. On est loin du compte pour une vraie transformation », relève le maire d'une commune rurale de Mayenne, qui a dû renoncer l'an dernier à son projet faute de financement.
p|L'Association des maires de France réclame de son côté que l'entretien, souvent oublié, soit lui aussi pris en compte. Une cour végétalisée demande en effet davantage de soins qu'une cour bitumée : arrosage des jeunes arbres les premières années, renouvellement des copeaux, gestion des flaques de boue en hiver.
ad|Publicité
ad|Climatisation réversible : jusqu'à 4 000 € d'aides en 2026. Faites le test d'éligibilité gratuit
p|Les enseignants, eux, insistent sur l'usage. Plusieurs études menées dans des écoles déjà transformées montrent une baisse des conflits entre élèves et une meilleure répartition de l'espace entre filles et garçons, le terrain de football central laissant place à des zones de jeu plus variées.
h2|Ce que prévoit le plan
li|500 millions d'euros sur trois ans, via le Fonds vert ;
li|une prise en charge jusqu'à 70 % pour les communes de moins de 10 000 habitants ;
li|un diagnostic « confort d'été » obligatoire dans chaque école d'ici à fin 2027 ;
li|un guide technique national, publié à la rentrée, avec des modèles de cours adaptés à chaque climat.
p|Le gouvernement espère que les premiers chantiers pourront démarrer dès les vacances de la Toussaint. La plupart devraient cependant être réalisés pendant les étés 2027 et 2028, seules périodes où les cours peuvent être fermées plusieurs semaines.
dossier|Cet article fait partie du dossier « Canicule 2026 : la France face à la chaleur »
dossier|Voir tout le dossier
tags|Éducation
tags|Canicule
tags|Climat
tags|Écoles
tags|Collectivités locales
social|Suivez L'Écho de l'Ouest sur Google Actualités
newsletter|La newsletter Essentiel de l'Écho
newsletter|Chaque soir, l'actualité du jour en un coup d'œil.
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
comments|Réagir
comments|0 commentaire
comments|Les commentaires sont réservés aux abonnés.
teaser-list|L'info en continu
teaser-list|19:52
teaser-list|Bac 2026 : le sujet de philosophie a fuité ? Le ministère dément
teaser-list|19:31
teaser-list|Incendie dans l'Aude : 300 hectares parcourus, la RN 113 coupée
teaser-list|19:07
teaser-list|Tour de France : la composition de l'équipe Groupama-FDJ dévoilée
teaser-list|Tout le fil info
related|Sur le même sujet
related|Vague de chaleur : 42 départements en vigilance orange jeudi
related|Abonnés
related|Climatisation dans les écoles : pourquoi la France a pris tant de retard
related|Brevet 2026 : les épreuves maintenues malgré la chaleur
most-read|Les plus lus
most-read|1. Impôts : les premiers remboursements arrivent dès le 24 juillet
most-read|2. Soldes d'été 2026 : les dates dans votre département
most-read|3. Orages : la Bretagne placée en vigilance jaune vendredi
sponsored|Contenus sponsorisés
sponsored|Cette méthode japonaise pour dormir malgré la chaleur fait un tabac
sponsored|Recommandé par Outbrain
services|Nos services
services|Avis de décès
services|Annonces immobilières
services|Offres d'emploi
services|Mots fléchés, sudoku et mots croisés
epaper|Le journal numérique
epaper|Lisez l'édition du jour dès 5 h
app|Téléchargez l'application L'Écho de l'Ouest
footer|L'Écho de l'Ouest
footer|Qui sommes-nous ?
footer|Charte éditoriale
footer|Contact
footer|Aide
footer|Publicité
footer|Mentions légales
footer|Conditions générales d'utilisation
footer|Politique de confidentialité
footer|Gestion des cookies
copyright|© L'Écho de l'Ouest 2026
cookie|Avec votre accord, nous et nos 812 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.
cookie|Accepter et fermer
cookie|Continuer sans accepter
cookie|Paramétrer mes choix
"""),
 dict(id="ouest-france-national-style-2", site="ouest-france-national-style", lang="fr", sep="\n", title="Pêche : les Vingt-Sept s'accordent sur les quotas 2026, la sole du golfe de Gascogne en forte baisse", date="2025-12-12", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
skip-link|Aller à la recherche
menu|Menu
menu|L'Écho de l'Ouest
search|Rechercher
subscribe|S'abonner
subscribe|Offre spéciale : 3 mois pour 1 €
account|Mon compte
edition|Édition : Morbihan
menu|Actualités
menu|Sport
menu|Éditions locales
menu|Services
menu|Podcasts
menu|Vidéos
menu|Jeux
menu|Immobilier
breaking|EN DIRECT
breaking|Tempête Bérénice : des rafales à 130 km/h attendues sur le littoral breton, suivez notre direct
breadcrumb|Accueil › Économie › Mer
section-label|Pêche
premium|Abonnés
h1|Pêche : les Vingt-Sept s'accordent sur les quotas 2026, la sole du golfe de Gascogne en forte baisse
lead|Après une nuit de négociations à Bruxelles, les ministres européens de la Pêche ont fixé vendredi matin les possibilités de pêche pour 2026 dans l'Atlantique et en mer du Nord. Les pêcheurs bretons et vendéens évitent le pire sur la langoustine, mais la sole recule nettement.
reading-time|Lecture : 4 min.
byline|L'Écho de l'Ouest Yann KERVAREC.
dateline|Publié le 12/12/2025 à 06h48
dateline|Modifié le 12/12/2025 à 10h15
listen|Écouter
save|Ajouter à mes favoris
gift|Offrir l'article
share|Partager
premium|Cet article est réservé aux abonnés. Merci de votre fidélité.
caption|Des chalutiers à quai au port de Keroman, à Lorient (Morbihan), en novembre 2025.
credit|ARCHIVES THIERRY LE BRIS, L'ÉCHO DE L'OUEST
p|Les discussions ont duré près de vingt heures. Vendredi 12 décembre, peu avant 5 heures du matin, les ministres de la Pêche des Vingt-Sept sont parvenus à un accord sur les totaux admissibles de captures (TAC) et les quotas pour l'année 2026. Comme chaque année, le compromis s'est joué espèce par espèce, entre les avis scientifiques, les propositions de la Commission européenne et les demandes des États côtiers.
p|Pour la flotte française, le bilan est contrasté. La sole du golfe de Gascogne, espèce clé pour les fileyeurs et chalutiers de Bretagne-Sud, de Vendée et de Charente-Maritime, voit son quota baisser de 18 %, alors que la Commission proposait une diminution de 28 %. « C'est dur, mais on revient de loin », résume un armateur des Sables-d'Olonne joint par téléphone au petit matin.
video|VIDÉO. À Lorient, les pêcheurs inquiets à la veille des négociations
video|01:48
h2|La langoustine stable, le merlu en hausse
p|La langoustine du golfe de Gascogne, dont dépendent de nombreux ports du Morbihan et du Finistère, est reconduite au même niveau qu'en 2025. Le merlu du Nord bénéficie quant à lui d'une hausse de 9 %, confirmant la bonne santé du stock observée depuis plusieurs années.
p|En Manche, le bar reste encadré par des règles strictes pour les pêcheurs professionnels comme pour les plaisanciers, ces derniers restant limités à deux poissons par jour et par personne au nord du 48e parallèle. Le cabillaud de mer Celtique, lui, demeure sous un régime de captures accessoires uniquement.
ad|Publicité
read-also|Lire aussi : Plan de sortie de flotte : deux ans après, les ports bretons font les comptes
p|Le ministre chargé de la Mer a salué « un accord équilibré qui préserve l'activité de nos ports tout en respectant les avis scientifiques ». Les organisations de producteurs se montrent plus réservées. Le comité régional des pêches de Bretagne rappelle que la flotte a déjà perdu des dizaines de navires lors du plan de sortie de flotte consécutif au Brexit.
embed-blocked|Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs. Ce contenu est fourni par X.
embed-blocked|En cliquant sur « J'accepte », les cookies et autres traceurs seront déposés et vous pourrez visualiser les contenus.
embed-blocked|J'accepte
embed-blocked|Gérer mes choix
h2|Les ONG dénoncent des dépassements
p|Les associations de défense des océans estiment au contraire que plusieurs quotas ont été fixés au-dessus des recommandations du Conseil international pour l'exploration de la mer (Ciem). « Une fois encore, les ministres ont préféré le court terme », regrette la porte-parole d'une ONG basée à Bruxelles, qui cite notamment le cas de la sole et du lieu jaune.
p|Pour certaines espèces partagées avec le Royaume-Uni et la Norvège, les chiffres définitifs dépendront encore des négociations bilatérales, qui doivent se conclure avant la fin de l'année. Des quotas provisoires pourraient être appliqués au premier trimestre si aucun accord n'est trouvé à temps.
ad|Publicité
p|À Lorient, premier port de pêche français en valeur, les professionnels attendent désormais la répartition des quotas entre organisations de producteurs, qui sera arrêtée en janvier. « C'est là qu'on saura vraiment combien de jours de mer on pourra faire », souligne un patron de chalutier.
signature|L'Écho de l'Ouest avec AFP
tags|Pêche
tags|Union européenne
tags|Lorient
tags|Les Sables-d'Olonne
tags|Mer
social|Suivez L'Écho de l'Ouest sur Google Actualités
newsletter|La newsletter Mer et littoral
newsletter|Chaque vendredi, l'actualité maritime de l'Ouest.
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
comments|Réagir
comments|7 commentaires
comments|Afficher les commentaires
teaser-list|L'info en continu
teaser-list|10:41
teaser-list|Tempête Bérénice : les liaisons vers les îles du Ponant suspendues
teaser-list|10:22
teaser-list|Carburant : le gazole sous 1,65 € en moyenne dans l'Ouest
teaser-list|09:58
teaser-list|Stade Rennais : le club confirme l'arrivée d'un nouveau directeur sportif
teaser-list|Tout le fil info
related|Sur le même sujet
related|Abonnés
related|Langoustine : pourquoi les prix ont flambé à la criée du Guilvinec
related|Éoliennes en mer : les pêcheurs saisissent le Conseil d'État
most-read|Les plus lus
most-read|1. Tempête Bérénice : vigilance orange vent dans quatre départements bretons
most-read|2. Retraites : ce qui change au 1er janvier 2026
most-read|3. Noël : les marchés à ne pas manquer dans l'Ouest ce week-end
services|Nos services
services|Avis de décès
services|Annonces immobilières
services|Offres d'emploi
services|Mots fléchés, sudoku et mots croisés
epaper|Le journal numérique
epaper|Lisez l'édition du jour dès 5 h
app|Téléchargez l'application L'Écho de l'Ouest
footer|L'Écho de l'Ouest
footer|Qui sommes-nous ?
footer|Charte éditoriale
footer|Contact
footer|Aide
footer|Publicité
footer|Mentions légales
footer|Conditions générales d'utilisation
footer|Politique de confidentialité
footer|Gestion des cookies
copyright|© L'Écho de l'Ouest 2025
"""),
 dict(id="the-national-uae-style-1", site="the-national-uae-style", lang="en", sep="\n", title="Abu Dhabi expands free health screening to all residents over 40", date="2026-02-04", page="""
skip-link|Skip to main content
edition|UAE Edition
edition|International Edition
lang-switch|العربية
timestamp|Wednesday, Feb 04, 2026
weather|Abu Dhabi 24°C
ticker|Prayer times
ticker|Fajr 05:42
ticker|Dhuhr 12:33
ticker|Asr 15:44
ticker|Maghrib 18:17
ticker|Isha 19:33
menu|The Arabian Standard
account|Log in
subscribe|Subscribe
newsletter|Newsletters
search|Search
menu|News
menu|UAE
menu|Gulf
menu|MENA
menu|World
menu|Business
menu|Opinion
menu|Climate
menu|Health
menu|Arts & Culture
menu|Travel
menu|Sport
menu|Podcasts
menu|Video
menu|Government
menu|Education
menu|Transport
menu|Courts
menu|Science
section-label|Health
h1|Abu Dhabi expands free health screening to all residents over 40
lead|Blood tests, heart checks and cancer screening will be offered at no cost at the emirate's public health centres from March
byline|Ananya Rao
dateline|Feb 04, 2026
listen|Listen In English
listen|Listen In Arabic
listen|Powered by automated translation
share|Share
caption|A nurse checks a patient's blood pressure at a primary health centre in Abu Dhabi. Victor Serrano / The Arabian Standard
p|All Abu Dhabi residents aged 40 and above will be eligible for free annual health screening from March, the emirate's health department announced on Wednesday, in a major expansion of a programme that until now was limited to Emiratis.
p|The checks, which will be available at 46 primary care centres across Abu Dhabi, Al Ain and Al Dhafra, include tests for diabetes, high cholesterol and blood pressure, as well as screening for colorectal and breast cancer for eligible age groups.
p|Officials said the aim is to catch chronic diseases earlier, when they are cheaper and easier to treat. Almost one in five adults in the UAE is estimated to have diabetes, and many are unaware of their condition until complications develop.
related-inline|Read more
related-inline|New Abu Dhabi genome programme to screen newborns for 800 conditions
related-inline|UAE doctors warn of rise in heart attacks among under-40s
related-inline|How much does health insurance cost in Dubai and Abu Dhabi in 2026?
p|"Prevention is the single most effective investment we can make in the health of our community," said Dr Mariam Al Hammadi, executive director of public health at the department. "We want every resident, whatever their nationality or income, to know their numbers."
ad|Advertisement
h2|How to book
p|Residents can book an appointment through the emirate's health app or by calling the department's hotline. They will need to present a valid Emirates ID and will not be required to pay, regardless of their insurance category.
p|The screening takes about 45 minutes. Results will be shared through the app within three working days, and anyone found to be at risk will be referred to a family doctor for a follow-up consultation.
p|The department said the programme will cover:
li|blood sugar (HbA1c) and cholesterol tests;
li|blood pressure and body mass index measurement;
li|a heart risk assessment for residents over 45;
li|mammograms for women aged 40 to 69;
li|a home test kit for colorectal cancer screening.
h2|Workers included
p|Health experts welcomed the decision to open the scheme to expatriates, who make up the large majority of Abu Dhabi's population, including lower-income workers who may not see a doctor for years.
caption|Mobile clinics will visit labour accommodation in Mussaffah and Al Dhafra from April. Photo: Wam
p|"Many of the patients we see in their fifties with advanced kidney disease or heart failure have never had a basic blood test," said Dr Rajesh Menon, a consultant in internal medicine at a private hospital in the capital. "Screening at 40 will save lives, and it will save the health system a great deal of money."
ad|Advertisement
p|The department said it expects to carry out more than 300,000 screenings in the first year. Mobile clinics will also visit labour accommodation and remote areas from April, with appointments arranged through employers.
p|Abu Dhabi has made preventive care a central part of its health strategy in recent years, with mandatory premarital screening, a large genome programme for Emiratis and campaigns to encourage regular exercise and healthier diets in schools.
dateline|Updated: February 04, 2026, 11:05 AM
tags|Topics:
tags|Abu Dhabi
tags|Health
tags|UAE
tags|Diabetes
share|Share on Facebook
share|Share on X
share|Share on WhatsApp
share|Copy link
newsletter|Sign up to The Arabian Standard's UAE Briefing
newsletter|The day's top stories from across the Emirates, every morning
newsletter|Enter your email
newsletter|Sign up
newsletter|By signing up, I agree to The Arabian Standard's privacy policy
teaser-list|Editor's picks
teaser-list|Dubai Metro Blue Line: what we know about the stations and opening date
teaser-list|Feb 03, 2026
teaser-list|Ramadan 2026: UAE announces reduced working hours for private sector
teaser-list|Feb 02, 2026
teaser-list|Inside the Abu Dhabi desert farm growing strawberries without soil
teaser-list|Jan 31, 2026
most-read|Most Read
most-read|01 UAE weather: fog warning issued as temperatures drop to 9°C
most-read|02 Etihad adds three new routes to Europe for summer 2026
most-read|03 Dubai villa prices: the neighbourhoods where values rose most last year
most-read|04 Abu Dhabi taxi fares to rise from March 1
podcast|Beyond the Headlines
podcast|Why are so many young people in the Gulf getting type 2 diabetes?
podcast|Listen now 28:14
footer|The Arabian Standard
footer|About Us
footer|Contact Us
footer|Work With Us
footer|Advertise
footer|Privacy Policy
footer|Terms & Conditions
footer|Cookies Policy
footer|Sitemap
footer|Archive
social|Follow us
social|Facebook Instagram X LinkedIn YouTube TikTok
app|Download the app
app|App Store
app|Google Play
copyright|Copyright © 2026 The Arabian Standard. All rights reserved.
"""),
 dict(id="the-national-uae-style-2", site="the-national-uae-style", lang="en", sep="\n", title="Emirati fintech Sanad Pay raises $45m to take its payroll wallet to Saudi Arabia", date="2025-11-19", page="""
skip-link|Skip to main content
edition|UAE Edition
edition|International Edition
lang-switch|العربية
timestamp|Wednesday, Nov 19, 2025
weather|Abu Dhabi 31°C
ticker|DFM 6,012.44 +0.38%
ticker|ADX 10,118.20 -0.12%
ticker|Tasi 11,204.77 +0.21%
ticker|Brent $64.18 -0.55%
ticker|Gold $4,071.30 +0.40%
ticker|USD/AED 3.6725
menu|The Arabian Standard
account|Log in
subscribe|Subscribe
newsletter|Newsletters
search|Search
menu|News
menu|Business
menu|Opinion
menu|Climate
menu|Arts & Culture
menu|Travel
menu|Sport
menu|Podcasts
menu|Video
menu|Economy
menu|Money
menu|Property
menu|Energy
menu|Aviation
menu|Technology
menu|Start-ups
menu|Markets
breadcrumb|Business
section-label|Start-ups
h1|Emirati fintech Sanad Pay raises $45m to take its payroll wallet to Saudi Arabia
lead|The Abu Dhabi company, which lets employers pay wages into digital wallets, plans to open an office in Riyadh early next year
byline|Omar Haddad
dateline|Nov 19, 2025
listen|Listen In English
listen|Listen In Arabic
listen|Powered by automated translation
share|Share
caption|Sanad Pay's app lets workers without a bank account receive salaries, pay bills and send money home. Photo: Sanad Pay
p|Sanad Pay, an Abu Dhabi-based financial technology company that helps businesses pay workers through a mobile wallet, has raised $45 million in a Series B funding round as it prepares to expand into Saudi Arabia.
p|The round was led by a Riyadh-based venture capital fund, with participation from existing investors including two UAE family offices, the company said on Wednesday. It brings Sanad Pay's total funding to about $70 million since it was founded in 2021.
p|The company's app allows employers to transfer salaries directly to workers who do not have a traditional bank account, in line with the UAE's Wage Protection System. Workers can then withdraw cash at ATMs, pay bills or send money home to their families.
p|"More than a million workers in the Gulf still receive their wages in cash or wait in long queues at exchange houses at the end of every month," said Khalid Al Mansoori, Sanad Pay's co-founder and chief executive. "We want to give them the same financial tools that everyone else takes for granted."
ad|Advertisement
related-inline|Read more
related-inline|UAE start-ups raised $1.9bn in nine months as investors return
related-inline|Saudi Arabia's fintech sector: the companies to watch
h2|Saudi expansion
p|The company plans to use the money to open a Riyadh office in the first quarter of 2026 and to apply for a licence from the Saudi Central Bank. It currently serves about 1,800 employers and 260,000 workers in the UAE, mostly in construction, hospitality and facilities management.
p|Saudi Arabia has become a priority for Gulf fintech companies, as large infrastructure and tourism projects drive demand for workers and the kingdom pushes to reduce the use of cash in everyday transactions.
p|Mr Al Mansoori said the company would also add a savings feature and small, short-term advances linked to salaries, products that he said had been requested by both employers and workers.
caption|Khalid Al Mansoori, co-founder and chief executive of Sanad Pay. Photo: Sanad Pay
h2|Funding climate
p|The deal comes as venture funding in the Middle East shows signs of recovery after two difficult years. Start-ups in the region raised more than $3 billion in the first nine months of 2025, according to figures from a regional data platform, with fintech attracting the largest share.
p|"Investors have become much more selective, but companies with real revenue and a clear path to profitability are still raising," said Leila Farouk, a partner at a Dubai-based venture firm that was not involved in the round.
ad|Advertisement
p|Sanad Pay said it expects to reach profitability in the UAE by the end of 2026. It employs 140 people and plans to hire about 60 more next year, half of them in Saudi Arabia.
factbox|The specs
factbox|Engine: 3.0-litre twin-turbo V6
factbox|Power: 456hp at 6,000rpm
factbox|Torque: 600Nm at 2,500rpm
factbox|Transmission: Eight-speed automatic
factbox|Price: From Dh329,000
factbox|On sale: Now
dateline|Updated: November 19, 2025, 2:41 PM
tags|Topics:
tags|Start-ups
tags|Fintech
tags|Saudi Arabia
tags|Abu Dhabi
share|Share on Facebook
share|Share on X
share|Share on WhatsApp
share|Copy link
newsletter|Sign up to Business Extra
newsletter|Your daily briefing on the Gulf's economy, markets and money
newsletter|Enter your email
newsletter|Sign up
newsletter|By signing up, I agree to The Arabian Standard's privacy policy
teaser-list|More from Business
teaser-list|Adnoc's gas unit reports record quarterly profit
teaser-list|Nov 18, 2025
teaser-list|Dubai rents: tenants turn to the outskirts as prices climb again
teaser-list|Nov 18, 2025
teaser-list|Emirates orders 20 more wide-body jets at the Dubai Airshow
teaser-list|Nov 17, 2025
most-read|Most Read
most-read|01 UAE public holidays 2026: full list of long weekends
most-read|02 Dubai Airshow 2025: all the big orders so far
most-read|03 Gold price in the UAE hits new record ahead of wedding season
most-read|04 What the new UAE corporate tax rules mean for freelancers
podcast|Business Extra
podcast|Is the Gulf's start-up winter finally over?
podcast|Listen now 24:37
footer|The Arabian Standard
footer|About Us
footer|Contact Us
footer|Work With Us
footer|Advertise
footer|Privacy Policy
footer|Terms & Conditions
footer|Cookies Policy
footer|Sitemap
footer|Archive
social|Follow us
social|Facebook Instagram X LinkedIn YouTube TikTok
app|Download the app
app|App Store
app|Google Play
copyright|Copyright © 2025 The Arabian Standard. All rights reserved.
"""),
 dict(id="afrik-com-style-1", site="afrik-com-style", lang="fr", sep="\n", title="Cameroun : à Douala, les délestages à répétition mettent commerçants et ménages à bout", date="2026-03-05", page="""
timestamp|jeudi 5 mars 2026
breaking|FLASH INFO
breaking|Mali : la transition annonce un nouveau calendrier électoral
breaking|CAN 2027 : le tirage au sort des éliminatoires fixé au 20 mars
breaking|Tunisie : hausse de 6 % du prix du pain subventionné
social|Facebook X Instagram YouTube Telegram
menu|AfroPresse.com
menu|L'actualité de l'Afrique et de sa diaspora
menu|Accueil Actualités Politique Économie Société Culture Sport Santé Diaspora Tribune Vidéos
menu|Afrique du Nord
menu|Afrique de l'Ouest
menu|Afrique centrale
menu|Afrique de l'Est
menu|Afrique australe
search|Rechercher...
ad|PUBLICITÉ
ad|Envoyez de l'argent au Cameroun en quelques minutes - Frais offerts sur votre premier transfert
breadcrumb|Accueil » Afrique centrale » Cameroun
section-label|Société
h1|Cameroun : à Douala, les délestages à répétition mettent commerçants et ménages à bout
byline|Par Armelle Ngo Bassong
dateline|Publié le 5 mars 2026 à 10h18
dateline|Mis à jour le 5 mars 2026 à 16h02
reading-time|⏱ 4 minutes de lecture
comments|💬 2 commentaires
share|Partager sur Facebook
share|Partager sur X
share|Partager sur WhatsApp
share|Partager sur LinkedIn
share|Partager sur Telegram
share|Envoyer par e-mail
caption|Un commerçant du marché Mboppi, à Douala, travaille à la lumière d'une lampe torche lors d'une coupure d'électricité
credit|Crédit photo : AfroPresse / Illustration
social|📲 Suivez AfroPresse sur Google News
lead|Depuis le début de la saison sèche, les coupures d'électricité se multiplient dans la capitale économique camerounaise. Commerçants, artisans et familles s'organisent comme ils peuvent, entre groupes électrogènes et nuits sans ventilateur.
p|Il est 19 heures au marché Mboppi, et le quartier plonge d'un coup dans le noir. En quelques secondes, le vrombissement des groupes électrogènes remplace la musique des boutiques. Derrière son comptoir de téléphones et d'accessoires, Jean-Paul Ekotto allume la lampe de son smartphone et soupire : « C'est la troisième fois cette semaine. Et hier, c'était de 14 heures à minuit. »
p|Depuis la mi-janvier, les délestages sont devenus quasi quotidiens dans plusieurs quartiers de Douala, de Bonabéri à Logbaba en passant par Akwa. Selon les habitants interrogés, les coupures durent en moyenne entre quatre et huit heures, souvent sans préavis.
h2|Un réseau sous tension
p|La société chargée de la distribution de l'électricité explique la situation par la baisse du niveau des barrages pendant la saison sèche et par des travaux de maintenance sur une centrale thermique. Dans un communiqué publié lundi, elle évoque un déficit de production « temporaire » d'environ 150 mégawatts sur le réseau interconnecté Sud et promet un retour progressif à la normale « d'ici la fin du mois d'avril ».
p|Une promesse qui laisse sceptiques de nombreux Doualais, habitués à entendre le même discours chaque année. « On nous parle de saison sèche depuis dix ans. Pourquoi on n'anticipe jamais ? », interroge Pauline, coiffeuse à Bépanda, qui a dû renvoyer plusieurs clientes cette semaine faute de pouvoir utiliser ses sèche-cheveux.
read-also|Lire : Cameroun : le prix du carburant à la pompe augmente de 8 %
h2|Le coût caché des groupes électrogènes
p|Pour les petits commerces, la facture s'alourdit. Un groupe électrogène d'entrée de gamme coûte environ 150 000 francs CFA, auxquels s'ajoutent chaque jour plusieurs litres de carburant. « Je dépense 6 000 francs par jour en essence quand il y a coupure. Mon bénéfice part dans le groupe », calcule Ibrahim, qui tient un atelier de soudure à Ndokoti.
ad|PUBLICITÉ
p|Les conséquences se font aussi sentir dans les foyers. Aliments qui se gâtent faute de réfrigération, élèves qui révisent à la bougie, nuits étouffantes sans ventilateur alors que les températures dépassent 33 °C : les témoignages se multiplient sur les réseaux sociaux, accompagnés du mot-dièse #DoualaDansLeNoir.
p|Les professionnels de santé s'inquiètent également. Plusieurs cliniques privées indiquent avoir dû reporter des interventions non urgentes, tandis que les pharmacies s'équipent de batteries pour conserver vaccins et insulines au froid.
h2|Le gouvernement promet des solutions
p|Interpellé à l'Assemblée nationale, le ministre de l'Eau et de l'Énergie a reconnu une situation « difficile » et annoncé l'accélération de la mise en service de nouvelles capacités, notamment solaires, dans le nord du pays et autour de Douala. Il a également évoqué la location de centrales mobiles pour soulager le réseau dans les prochaines semaines.
p|En attendant, les habitants de Douala s'adaptent. Sur les marchés, les ventes de lampes solaires rechargeables ont explosé. « Avant, j'en vendais cinq par semaine. Maintenant, c'est vingt par jour », sourit un vendeur du marché Central, l'un des rares Doualais à qui les délestages profitent.
tags|Mots-clés :
tags|Cameroun
tags|Douala
tags|Électricité
tags|Délestages
tags|Énergie
share|Cet article vous a plu ? Partagez-le !
author-bio|Armelle Ngo Bassong
author-bio|Journaliste camerounaise basée à Douala, Armelle Ngo Bassong couvre l'économie et les questions sociales en Afrique centrale pour AfroPresse.
author-link|Voir tous ses articles →
newsletter|📩 Recevez l'essentiel de l'actualité africaine chaque matin
newsletter|Votre adresse e-mail
newsletter|S'abonner
related|Articles similaires
related|Cameroun : la facture d'électricité va-t-elle augmenter en 2026 ?
related|3 mars 2026
related|Nigeria : le réseau électrique national s'effondre pour la quatrième fois de l'année
related|26 février 2026
related|Ghana : le « dumsor » de retour à Accra, les entreprises s'inquiètent
related|19 février 2026
comments|2 commentaires
comments|Moussa K.
comments|5 mars 2026 à 12h47
comments|À Yaoundé c'est pareil, on ne sait plus quand la lumière va revenir. Il faut que ça change.
comments|Répondre
comments|Eyenga
comments|5 mars 2026 à 14h05
comments|Chaque année la même chanson. Merci pour cet article qui dit la réalité.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Publier le commentaire
teaser-list|Dernières actualités
teaser-list|Sénégal : le port de Dakar bat son record de trafic conteneurs
teaser-list|Il y a 35 minutes
teaser-list|Côte d'Ivoire : ouverture du procès des « faux diplômes » à Abidjan
teaser-list|Il y a 2 heures
teaser-list|Maroc : Ramadan 2026, les prix des dattes en forte hausse
teaser-list|Il y a 3 heures
most-read|Les plus populaires
most-read|RDC : ce que contient l'accord signé à Doha
most-read|Algérie : le visa électronique étendu à 40 nouveaux pays
most-read|Afrique du Sud : Cape Town prive d'eau 200 000 foyers pendant trois jours
footer|AfroPresse.com est un site d'information panafricain indépendant consacré à l'actualité de l'Afrique et de sa diaspora.
footer|Qui sommes-nous
footer|La rédaction
footer|Publicité
footer|Nous contacter
footer|Mentions légales
footer|Politique de confidentialité
copyright|© 2026 AfroPresse.com - Tous droits réservés
back-to-top|↑
cookie|Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site. En continuant, vous acceptez leur utilisation.
cookie|J'accepte
cookie|En savoir plus
"""),
 dict(id="afrik-com-style-2", site="afrik-com-style", lang="fr", sep="\n", title="Diaspora : les transferts d'argent vers l'Afrique subsaharienne ont atteint un record en 2025", date="2026-04-15", page="""
timestamp|mercredi 15 avril 2026
breaking|FLASH INFO
breaking|Guinée : le Premier ministre remanie son gouvernement
breaking|Kenya : grève des médecins dans les hôpitaux publics de Nairobi
breaking|Football : l'Égypte limoge son sélectionneur
social|Facebook X Instagram YouTube Telegram
menu|AfroPresse.com
menu|L'actualité de l'Afrique et de sa diaspora
menu|Accueil Actualités Politique Économie Société Culture Sport Santé Diaspora Tribune Vidéos
menu|Afrique du Nord
menu|Afrique de l'Ouest
menu|Afrique centrale
menu|Afrique de l'Est
menu|Afrique australe
search|Rechercher...
ad|PUBLICITÉ
ad|Billets d'avion Paris - Dakar dès 389 € aller-retour. Réservez maintenant
breadcrumb|Accueil » Diaspora
section-label|Économie
section-label|Diaspora
h1|Diaspora : les transferts d'argent vers l'Afrique subsaharienne ont atteint un record en 2025
byline|Par Koffi Mensah-Adjovi
dateline|Publié le 15 avril 2026 à 08h05
reading-time|⏱ 3 minutes de lecture
comments|💬 0 commentaire
share|Partager sur Facebook
share|Partager sur X
share|Partager sur WhatsApp
share|Partager sur LinkedIn
share|Partager sur Telegram
share|Envoyer par e-mail
caption|Un point de transfert d'argent dans un quartier commerçant de Dakar
credit|© DR
social|📲 Suivez AfroPresse sur Google News
lead|Les envois de fonds des migrants vers l'Afrique subsaharienne ont dépassé 60 milliards de dollars l'an dernier, selon des estimations publiées mardi par la Banque mondiale. Le Nigeria, le Ghana et le Sénégal restent en tête des pays bénéficiaires.
p|Jamais la diaspora africaine n'avait envoyé autant d'argent vers le continent. Selon les dernières estimations de la Banque mondiale, rendues publiques ce mardi 14 avril, les transferts de fonds vers l'Afrique subsaharienne ont atteint 61,2 milliards de dollars en 2025, en hausse de 4,8 % sur un an.
p|Une somme qui dépasse désormais largement l'aide publique au développement reçue par la région. Pour de nombreuses familles, ces envois constituent une source de revenus essentielle, consacrée en priorité à l'alimentation, à la santé, à l'éducation des enfants et à la construction de logements.
h2|Le Nigeria loin devant
p|Sans surprise, le Nigeria reste de loin le premier bénéficiaire, avec plus de 20 milliards de dollars reçus. Suivent le Ghana, le Kenya et le Sénégal. Rapportés à la taille de l'économie, ce sont toutefois de plus petits pays qui dépendent le plus de leur diaspora : en Gambie, au Lesotho ou aux Comores, les transferts représentent plus de 20 % du produit intérieur brut.
p|En Afrique du Nord, les envois vers l'Égypte et le Maroc poursuivent également leur progression. Le royaume chérifien a enregistré une nouvelle année record, portée par la communauté marocaine installée en France, en Espagne et en Italie.
read-also|Lire : Sénégal : la diaspora pourra bientôt voter en ligne pour les élections locales
ad|PUBLICITÉ
h2|Des frais toujours trop élevés
p|Malgré cette hausse, l'Afrique subsaharienne demeure la région du monde où il coûte le plus cher d'envoyer de l'argent. Pour un transfert de 200 dollars, les frais atteignent en moyenne 7,9 %, contre un objectif international fixé à 3 %. Certains couloirs, notamment entre pays africains voisins, dépassent même 15 %.
p|« Chaque point de pourcentage économisé, ce sont des centaines de millions de dollars qui restent dans la poche des familles », souligne un économiste de l'institution, qui plaide pour une concurrence accrue entre opérateurs et pour une meilleure interconnexion des systèmes de paiement africains.
p|Les services de transfert par téléphone mobile, nettement moins chers que les agences traditionnelles, gagnent du terrain. Au Sénégal, en Côte d'Ivoire ou au Kenya, une part croissante des envois arrive directement sur des portefeuilles électroniques.
poll|📊 SONDAGE
poll|Combien envoyez-vous chaque mois à votre famille restée au pays ?
poll|Moins de 100 €
poll|Entre 100 et 300 €
poll|Plus de 300 €
poll|Je n'envoie pas d'argent
poll|Voter
poll|Voir les résultats
h2|Prudence pour 2026
p|Pour l'année en cours, la Banque mondiale prévoit une croissance plus modeste, autour de 3 %. Le durcissement des politiques migratoires dans plusieurs pays d'accueil, en Europe comme en Amérique du Nord, et le ralentissement économique attendu dans certains pays du Golfe pourraient peser sur les envois.
p|Pour Aminata, infirmière sénégalaise installée à Lyon depuis douze ans, pas question pour autant de réduire ses envois. « Chaque mois, j'envoie 200 euros à ma mère à Kaolack. C'est ce qui lui permet de payer les médicaments et la scolarité de mes neveux. Même quand c'est difficile ici, je m'arrange. »
tags|Mots-clés :
tags|Migrations
tags|Transferts d'argent
tags|Banque mondiale
tags|Nigeria
tags|Sénégal
share|Cet article vous a plu ? Partagez-le !
author-bio|Koffi Mensah-Adjovi
author-bio|Journaliste économique d'origine béninoise, Koffi Mensah-Adjovi suit pour AfroPresse les questions de finance, de commerce et de développement sur le continent.
author-link|Voir tous ses articles →
whatsapp|Rejoignez la chaîne WhatsApp d'AfroPresse
newsletter|📩 Recevez l'essentiel de l'actualité africaine chaque matin
newsletter|Votre adresse e-mail
newsletter|S'abonner
related|Articles similaires
related|Mobile money : l'Afrique de l'Ouest franchit le cap des 300 millions de comptes
related|9 avril 2026
related|Maroc : les MRE ont transféré un montant record l'an dernier
related|2 avril 2026
related|France : ce qui change pour les titres de séjour au 1er mai
related|28 mars 2026
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Publier le commentaire
teaser-list|Dernières actualités
teaser-list|Burkina Faso : les cours de l'or dopent les recettes de l'État
teaser-list|Il y a 20 minutes
teaser-list|Tchad : la saison des pluies pourrait commencer plus tôt, selon la météo nationale
teaser-list|Il y a 1 heure
teaser-list|Gabon : le nouveau code minier adopté par le Parlement
teaser-list|Il y a 4 heures
most-read|Les plus populaires
most-read|Côte d'Ivoire : la liste définitive des candidats publiée
most-read|Maroc : le TGV vers Marrakech, c'est pour quand ?
most-read|Cameroun : les délestages font grimper le prix des lampes solaires
footer|AfroPresse.com est un site d'information panafricain indépendant consacré à l'actualité de l'Afrique et de sa diaspora.
footer|Qui sommes-nous
footer|La rédaction
footer|Publicité
footer|Nous contacter
footer|Mentions légales
footer|Politique de confidentialité
copyright|© 2026 AfroPresse.com - Tous droits réservés
back-to-top|↑
cookie|Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site. En continuant, vous acceptez leur utilisation.
cookie|J'accepte
cookie|En savoir plus
"""),
 dict(id="irish-times-opinion-style-1", site="irish-times-opinion-style", lang="en", sep="\n", title="We keep building the wrong homes in the wrong places, then act surprised when the numbers fall short", date="2026-01-20", page="""
skip-link|Skip to main content
menu|Sections
menu|The Liffey Times
timestamp|Tue Jan 20 2026
subscribe|Subscribe
account|Sign In
search|Search
menu|News
menu|Opinion
menu|Business
menu|Sport
menu|Life & Style
menu|Culture
menu|Podcasts
menu|Video
menu|Crosswords & Games
menu|Opinion & Analysis
menu|Columnists
menu|The Liffey Times View
menu|Letters
menu|An Irish Diary
menu|Cartoon
premium|Subscriber Only
section-label|Opinion
h1|We keep building the wrong homes in the wrong places, then act surprised when the numbers fall short
lead|Every new housing plan promises a step change. Every year the figures disappoint and the same reasons are given. The problem is not ambition but the picture of Ireland we carry in our heads
byline|Niamh Costigan
dateline|Tue Jan 20 2026 - 05:00
share|Share
share|Facebook
share|X
share|Email
share|WhatsApp
share|Copy link
listen|Listen
listen|6 min
caption|Houses under construction near Naas, Co Kildare: the default home is still a three-bedroom semi with a garden. Photograph: Alan Whelan
p|There is a ritual to the publication of the annual housing completion figures. A minister stands on a building site in a hi-vis jacket, a number is announced, and the number is described as both a record and a disappointment. Last week was no different. Just under 33,000 homes were completed in 2025, short of the revised target and a long way from the 50,000 a year that almost every economist now says the country needs.
p|The explanations arrived on cue: the cost of construction, a shortage of workers, objections, the water and electricity connections that are never in place when the cranes are. All true. But after a decade of plans with confident names, it is worth asking whether the problem is less about any single bottleneck than about the country we think we are building for.
p|Ireland still plans, in its instincts if not in its documents, as if it were 1995. The default home is a three-bedroom semi-detached house with a garden, bought by a couple in their late twenties who will drive to work. That household still exists, of course. But it is no longer typical. One in four households is a single person. People are marrying later, living longer and, increasingly, living alone in old age in houses built for families that left decades ago.
ad|Advertisement
p|Yet apartments, particularly the compact, well-built apartments that would suit older people and single workers, remain the hardest thing to deliver. Building upwards costs more per square metre than building outwards, and the returns are uncertain unless rents are very high. So the apartments we do build tend to be either expensive rental blocks in Dublin's docklands or nothing at all.
p|Meanwhile, towns across the midlands have main streets with empty floors above the shops, and the last census counted well over 160,000 vacant homes. Schemes to bring them back into use exist, and some have worked. But they are slow, bureaucratic and small beside the scale of the need. A grant that takes 18 months to process is not a housing policy; it is a test of endurance.
p|None of this is a secret. Officials in the Department of Housing know it better than any columnist. The difficulty is political. Suburban estates are easy to count, easy to photograph and easy to sell. Converting the floors over a chemist's in Longford is none of these things. Nor is the unglamorous work of planning for downsizing, which would mean building homes that older people actually want to move into, in the places they already live, near their doctors and their grandchildren.
ad|Advertisement
p|There is also the question of who builds. For much of the last century, local authorities built a large share of the homes in this country. They largely stopped in the late 1980s, and the gap has never been properly filled. The recent revival of council building is welcome, but it remains a fraction of what it once was. A State that wants housing delivered at scale cannot leave it to a small number of developers whose business model depends on prices staying high.
p|What would a different approach look like? It would start by admitting that the target is not just a number of units but a mix of homes: smaller, denser, closer to public transport and designed for the households we actually have. It would treat vacancy and dereliction as an emergency, with compulsory purchase used routinely rather than waved as a threat. And it would give local authorities the money, staff and land to build again, without waiting for the market to decide it is worth their while.
p|None of that will produce a good photograph in a hi-vis jacket by next January. But it might mean that in ten years' time, the annual ritual is a little less grim.
whatsapp|Join The Liffey Times on WhatsApp and stay up to date
podcast|Listen to our Inside Politics podcast for the best political analysis every week
author-bio|Niamh Costigan is a Liffey Times columnist and writes on politics, housing and public policy
author-link|More from Niamh Costigan
newsletter|Sign up for the Opinion newsletter
newsletter|The week's sharpest commentary, every Saturday
newsletter|Sign up
comments|Comments
comments|Commenting on The Liffey Times has changed. To comment you must now be a Liffey Times subscriber.
comments|The account details entered are not currently associated with a Liffey Times subscription. Please subscribe to sign in to comment.
comments|Sign in to comment
related|More from Opinion
related|The Liffey Times view on the housing figures: another year of missed targets
related|Karl Dunphy: The Government's new pension scheme is a quiet triumph
related|Róisín Madden: The Dáil's new committee on AI is asking the wrong questions
related|Letters: Rural broadband and the myth of remote working
teaser-list|Latest Stories
teaser-list|Storm warning for west coast as Met Éireann issues orange alert
teaser-list|11:42
teaser-list|Six Nations: Farrell names uncapped Munster flanker in squad
teaser-list|11:30
teaser-list|Inflation eases to 2.1% in December, CSO figures show
teaser-list|11:14
most-read|Most Read
most-read|1 Drivers face new fines from February as speed limits cut on rural roads
most-read|2 Pricewatch: Why is my grocery bill still going up?
most-read|3 Dublin Airport passenger cap: what the High Court ruling means for travellers
teaser-list|4 We keep building the wrong homes in the wrong places, then act surprised when the numbers fall short
most-read|5 Ask Roe: My sister hasn't spoken to me since the wedding
games|Crosswords & Puzzles
games|Simplex
games|Crosaire
games|Sudoku
games|Play now
footer|The Liffey Times
footer|Subscribe
footer|Help
footer|Contact Us
footer|Advertise
footer|Terms & Conditions
footer|Privacy Policy
footer|Cookie Information
footer|Cookie Settings
footer|Community Standards
epaper|ePaper
archive|Digital Archive
notices|Family Notices
jobs|Liffey Times Jobs
footer|The Liffey Times Trust
app|Download the Liffey Times app
app|App Store
app|Google Play
social|Facebook Instagram X LinkedIn YouTube
copyright|© 2026 The Liffey Times DAC
"""),
 dict(id="irish-times-opinion-style-2", site="irish-times-opinion-style", lang="en", sep="\n", title="Phones are out of our classrooms. Now we need to talk about the laptops", date="2026-03-12", page="""
skip-link|Skip to main content
menu|Sections
menu|The Liffey Times
timestamp|Thu Mar 12 2026
subscribe|Subscribe
account|Sign In
search|Search
menu|News
menu|Opinion
menu|Business
menu|Sport
menu|Life & Style
menu|Culture
menu|Podcasts
menu|Video
menu|Crosswords & Games
menu|Opinion & Analysis
menu|Columnists
menu|The Liffey Times View
menu|Letters
menu|An Irish Diary
menu|Cartoon
section-label|Opinion
h1|Phones are out of our classrooms. Now we need to talk about the laptops
lead|The ban on phones in schools was popular and, by most accounts, effective. But the screens that now sit on students' desks deserve the same scrutiny
byline|Ciarán Moloney
dateline|Thu Mar 12 2026 - 06:00
share|Share
share|Facebook
share|X
share|Email
share|WhatsApp
share|Copy link
listen|Listen
listen|5 min
caption|Students at work in a second-level school. Device schemes can add hundreds of euro to the back-to-school bill. Photograph: iStock
p|When schools across the country began asking students to lock away their phones, the reaction from parents was close to unanimous relief. Two years on, the teachers I speak to report calmer corridors, more conversation at lunchtime and fewer of the late-night group-chat dramas that used to spill into the classroom the following morning. It is one of those rare education policies that seems to have worked more or less as intended.
p|But there is an irony that anyone who has spent time in a secondary school recently will notice. In many classrooms, the phone has been replaced by another screen, one the school has asked parents to buy. In a growing number of schools, first-year students arrive with a laptop or tablet, often costing several hundred euro, loaded with digital textbooks and learning platforms.
p|The case for these devices was made with great confidence a decade ago. They would lighten heavy schoolbags, prepare young people for a digital workplace and allow teaching to be tailored to each student. Some of that has happened. Much of it has not.
ad|Advertisement
p|The international evidence has become harder to ignore. Large studies of student performance have found that moderate use of digital devices in class can help, but that heavy use is associated with lower scores in reading and mathematics. Some countries that raced ahead with digital classrooms have since spent considerable sums putting printed textbooks back on desks.
p|Teachers also describe a more mundane problem: distraction. A laptop is, after all, a very good device for doing something other than the task in hand. Blocking software helps, up to a point. Students are resourceful, and the line between a legitimate research tab and a game is one click.
p|There is a cost question too, and it is not a small one. For a family with three children in secondary school, a device scheme can add well over a thousand euro to the back-to-school bill, on top of uniforms, books and the voluntary contribution that is rarely voluntary. It sits oddly with the State's stated commitment to free education.
ad|Advertisement
p|None of this is an argument for banning technology from classrooms. Students need to learn how to research, write and code on a computer, and to do so critically. But that is an argument for using devices deliberately, for specific purposes, rather than making them the default medium for everything from history notes to maths homework.
p|I would suggest three modest steps:
li|an independent review of device schemes in second-level schools, covering learning outcomes, cost and wellbeing;
li|clear national guidance that printed textbooks should remain available to any family that wants them;
li|shared class sets of laptops, owned by the school, as the norm at junior cycle, rather than personal devices bought by parents.
p|The phone ban succeeded because it was grounded in what teachers and parents could see with their own eyes. The same honesty is needed now. We were right to take one screen out of the classroom. We should at least be willing to ask whether we have simply let another one in.
author-bio|Dr Ciarán Moloney is a lecturer in education and a former secondary school teacher
letters|Have your say? Send a letter to the editor at letters@liffeytimes.ie
whatsapp|Join The Liffey Times on WhatsApp and stay up to date
podcast|Listen to In The News, our daily podcast, for a deeper look at the stories shaping Ireland
newsletter|Sign up for the Opinion newsletter
newsletter|The week's sharpest commentary, every Saturday
newsletter|Sign up
comments|Comments
comments|Commenting on The Liffey Times has changed. To comment you must now be a Liffey Times subscriber.
comments|The account details entered are not currently associated with a Liffey Times subscription. Please subscribe to sign in to comment.
comments|Sign in to comment
related|More from Opinion
related|The Liffey Times view on school costs: the voluntary contribution must go
related|Breda O'Sullivan: Teenagers are not the problem. Adults designed the apps
related|Letters: Digital textbooks and the cost of going back to school
related|An Irish Diary: The last typewriter repairman in Galway
teaser-list|Latest Stories
teaser-list|Leaving Cert oral exams to go ahead despite teachers' dispute
teaser-list|09:58
teaser-list|Cheltenham 2026: Irish-trained horses dominate day two
teaser-list|09:41
teaser-list|Property prices rise 6.3% in year to January
teaser-list|09:20
most-read|Most Read
most-read|1 St Patrick's Day 2026: parade route, road closures and what to know
most-read|2 Irish passport applications hit record as demand from Britain surges
teaser-list|3 Phones are out of our classrooms. Now we need to talk about the laptops
most-read|4 The Dublin restaurant where you cannot book, and the queue starts at 4pm
most-read|5 Ireland v Scotland: player ratings
games|Crosswords & Puzzles
games|Simplex
games|Crosaire
games|Sudoku
games|Play now
footer|The Liffey Times
footer|Subscribe
footer|Help
footer|Contact Us
footer|Advertise
footer|Terms & Conditions
footer|Privacy Policy
footer|Cookie Information
footer|Cookie Settings
footer|Community Standards
epaper|ePaper
archive|Digital Archive
notices|Family Notices
jobs|Liffey Times Jobs
footer|The Liffey Times Trust
app|Download the Liffey Times app
app|App Store
app|Google Play
social|Facebook Instagram X LinkedIn YouTube
copyright|© 2026 The Liffey Times DAC
"""),
]
