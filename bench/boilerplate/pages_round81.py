# Round 81: eight pages on four more layouts (a French regional daily's farming section, a Saudi English-language
# daily, a Cameroonian news portal, a New Zealand news portal), written blind: without looking at the classifier, its
# rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND81 = [
 dict(id="ouest-france-agriculture-style-1", site="ouest-france-agriculture-style", lang="fr", sep="\n", title="Prix du lait : les éleveurs de Mayenne obtiennent 478 € les 1 000 litres, mais restent sur leurs gardes", date="2026-03-04", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
menu|L'Écho de l'Ouest
search|Rechercher
edition|Mon édition : Laval
account|Se connecter
paywall|S'abonner 1 € le premier mois
menu|Actualité
menu|Sport
menu|Économie
menu|Terres de l'Ouest
menu|Loisirs
menu|Vidéos
menu|Podcasts
menu|Jeux
obituary|Avis de décès
epaper|Le journal numérique
ticker|Marchés agricoles
ticker|Blé tendre Euronext (mai) 211,75 €/t ▼ -0,50
ticker|Colza Euronext (mai) 468,25 €/t ▲ +2,00
ticker|Maïs Euronext (juin) 203,00 €/t =
ticker|Porc cadran MPB 1,682 €/kg ▲ +0,008
ticker|Cours au 03/03/2026
breadcrumb|Accueil
breadcrumb|Terres de l'Ouest
breadcrumb|Lait
section-label|Terres de l'Ouest
paywall|Abonnés
h1|Prix du lait : les éleveurs de Mayenne obtiennent 478 € les 1 000 litres, mais restent sur leurs gardes
lead|Après trois mois de négociations tendues, l'organisation de producteurs du sud Mayenne a signé avec sa laiterie un prix de base en hausse de 12 € pour le deuxième trimestre. Un répit, disent les éleveurs, qui redoutent la chute des cours du beurre.
byline|Marion LE GOFF.
dateline|Publié le 04/03/2026 à 06h15
dateline|Modifié le 04/03/2026 à 09h42
reading-time|Lecture : 4 min.
listen|Écouter
share|Offrir cet article
save|Ajouter à mes favoris
comments|Réagir
share|Partager
caption|Dans la salle de traite d'un élevage de Cossé-le-Vivien, fin février. Les producteurs réclament des contrats plus longs.
credit|Marion Le Goff / L'Écho de l'Ouest
p|Il aura fallu trois réunions, une manifestation devant l'usine de Craon et une médiation discrète de la préfecture. Lundi 2 mars 2026, l'organisation de producteurs (OP) Sud-Mayenne Lait, qui rassemble 412 élevages, a finalement signé avec la laiterie un prix de base de 478 € les 1 000 litres pour avril, mai et juin.
p|C'est 12 € de plus qu'au premier trimestre, et près de 30 € au-dessus du prix pratiqué à la même période l'an dernier. « On ne va pas sabrer le champagne, mais on a été entendus », résume Thierry Bouvet, président de l'OP et éleveur à Cossé-le-Vivien, avec 85 vaches prim'holstein.
h2|Des coûts de production toujours élevés
p|Pour les producteurs, le compte n'y est pourtant pas tout à fait. Selon les calculs de l'interprofession, le coût de production moyen dans les élevages de l'Ouest, rémunération de l'éleveur comprise à hauteur de deux Smic, dépasse 500 € les 1 000 litres.
p|« L'aliment a un peu baissé, mais l'énergie, le matériel, les frais vétérinaires, tout a pris 20 à 30 % en trois ans », détaille Sophie Garnier, installée en Gaec avec son frère à Quelaines-Saint-Gault. « Quand je fais mes comptes, je me paie à peine 1 400 € par mois pour soixante heures par semaine. »
ad|Publicité
read-also|Lire aussi : Grippe aviaire : le niveau de risque abaissé à « modéré » dans tout l'Ouest
p|La laiterie, de son côté, fait valoir un contexte de marché moins favorable. Après une année 2025 record, les cours du beurre et de la poudre de lait ont reculé depuis janvier sur les marchés européens, sous l'effet d'une collecte dynamique en Nouvelle-Zélande et aux États-Unis.
p|« Nous avons fait un effort significatif, dans un environnement qui se dégrade », a indiqué la direction du site de Craon dans un communiqué, en rappelant que la formule de prix intègre désormais, comme le prévoit la loi Egalim, des indicateurs de coûts de production.
section-label|En chiffres
li|412 exploitations adhérentes à l'OP Sud-Mayenne Lait ;
li|environ 280 millions de litres collectés chaque année ;
li|478 € les 1 000 litres : le prix de base du deuxième trimestre 2026 ;
li|un élevage sur cinq dont le chef d'exploitation a plus de 57 ans.
h2|La question du renouvellement
p|Au-delà du prix, c'est l'avenir de la production laitière dans le département qui inquiète. La Mayenne reste l'un des tout premiers départements laitiers de France, mais le nombre d'élevages y a reculé de près d'un quart en dix ans, et les reprises se font attendre.
p|« Un jeune qui s'installe aujourd'hui doit emprunter 700 000 ou 800 000 € pour reprendre un outil correct. Avec une visibilité de trois mois sur le prix, les banques sont frileuses », observe Thierry Bouvet.
read-also|Lire aussi : Installation : en Mayenne, 60 fermes laitières cherchent un repreneur
p|L'OP souhaite désormais négocier des contrats sur douze mois, avec un prix plancher garanti. Une demande que la laiterie dit « étudier », sans s'engager. Les prochaines discussions sont prévues début juin, en vue du troisième trimestre.
p|D'ici là, les éleveurs surveillent la pousse de l'herbe. Un printemps favorable permettrait de réduire les achats d'aliments… à condition que la pluie, tombée en abondance cet hiver, laisse enfin les vaches sortir.
rating|Cet article vous a-t-il été utile ?
rating|Oui
rating|Non
tags|Lait
follow|Suivre
tags|Mayenne
follow|Suivre
tags|Élevage
follow|Suivre
tags|Agriculture
follow|Suivre
comments|0 commentaire
comments|Les commentaires sont réservés aux abonnés.
comments|Déjà abonné ? Se connecter
newsletter|Newsletter Terres de l'Ouest
newsletter|Chaque vendredi, l'actualité agricole de l'Ouest : marchés, météo, installations, réglementation.
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
teaser-list|Les dernières actualités Terres de l'Ouest
teaser-list|08h30
teaser-list|Méthanisation : un collectif d'agriculteurs inaugure son unité près de Vitré
teaser-list|07h00
teaser-list|Pommes à cidre : la coopérative fixe un prix en baisse pour la récolte 2026
teaser-list|Hier
teaser-list|Mayenne. Des haies replantées sur 18 km autour de Villaines-la-Juhel
teaser-list|03/03/2026
teaser-list|Foncier agricole : le prix des terres libres se stabilise dans les Pays de la Loire
read-more|Voir plus d'actualités
obituary|Avis de décès
obituary|Retrouvez les avis de décès de votre commune
obituary|Rechercher un avis
jobs|Offres d'emploi
jobs|Agent de traite H/F - Château-Gontier-sur-Mayenne - CDI
jobs|Chauffeur d'engins agricoles H/F - Ernée - Saisonnier
jobs|Voir toutes les offres
network|Nos journaux
network|L'Écho de l'Ouest
network|L'Écho du Maine
network|La Presse du Bocage
network|Terres & Bétail Hebdo
footer|Qui sommes-nous
footer|Nous contacter
footer|Annonces légales
footer|Publicité
footer|Charte de confidentialité
footer|Conditions générales de vente
footer|Mentions légales
cookie|Paramètres des cookies
copyright|© L'Écho de l'Ouest 2026
"""),
 dict(id="ouest-france-agriculture-style-2", site="ouest-france-agriculture-style", lang="fr", sep="\n", title="Dans le Morbihan, ces éleveurs passent à une seule traite par jour pour « retrouver une vie »", date="2026-01-22", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
menu|L'Écho de l'Ouest
search|Rechercher
edition|Mon édition : Vannes
weather|Vannes 9°
account|Se connecter
paywall|S'abonner 1 € le premier mois
menu|Actualité
menu|Sport
menu|Économie
menu|Terres de l'Ouest
menu|Loisirs
menu|Vidéos
menu|Podcasts
menu|Jeux
obituary|Avis de décès
epaper|Le journal numérique
ticker|Marchés agricoles
ticker|Blé tendre Euronext (mars) 207,25 €/t ▲ +1,25
ticker|Colza Euronext (février) 472,00 €/t ▼ -3,50
ticker|Maïs Euronext (mars) 199,50 €/t ▲ +0,75
ticker|Porc cadran MPB 1,655 €/kg =
ticker|Cours au 21/01/2026
breadcrumb|Accueil
breadcrumb|Terres de l'Ouest
breadcrumb|Élevage
section-label|Élevage
paywall|Abonnés
h1|Dans le Morbihan, ces éleveurs passent à une seule traite par jour pour « retrouver une vie »
lead|À Plumelec, Anne et Loïc Jégo ne traient plus leurs 62 vaches qu'une fois par jour depuis un an. Moins de lait, mais plus de temps, moins de charges et des animaux en meilleure santé : une pratique qui séduit de plus en plus d'élevages bretons.
byline|Yannick LE DRÉAU.
dateline|Publié le 22/01/2026 à 17h05
reading-time|Lecture : 3 min.
listen|Écouter
share|Offrir cet article
save|Ajouter à mes favoris
comments|Réagir 3
share|Partager
video|Vidéo
video|La traite du matin au Gaec de Kerlann, à Plumelec
video|02:14
video|Lire la vidéo
credit|L'Écho de l'Ouest
p|Il est 7 h 30, et la traite est déjà terminée au Gaec de Kerlann. Il y a encore deux ans, Loïc Jégo retournait à la salle de traite chaque soir à 17 h 30, week-ends et jours fériés compris. « On ne partait jamais. Les enfants faisaient leurs matchs de foot sans nous », raconte l'éleveur de 46 ans.
p|Depuis janvier 2025, le couple a basculé en monotraite toute l'année. Une décision mûrie pendant plus d'un an, avec l'aide d'un conseiller de la chambre d'agriculture et de deux voisins déjà convertis.
h2|Un quart de lait en moins
p|Le premier effet est visible dans le tank : la production a baissé d'environ 25 %, passant de 7 200 à 5 400 litres par vache et par an. Mais le lait est plus riche, en matière grasse comme en protéines, ce qui améliore le prix payé au litre.
p|« Sur le revenu, on s'y retrouve presque. On a moins de frais de vétérinaire, moins de concentrés à acheter, et on use moins la machine à traire », détaille Anne Jégo, qui tient la comptabilité de l'exploitation. Les boiteries et les mammites ont nettement reculé, selon le couple.
caption|Anne et Loïc Jégo devant leur troupeau croisé, au pâturage dès la mi-février quand le temps le permet. (Photo : Yannick Le Dréau / L'Écho de l'Ouest)
p|Le Gaec a profité du changement pour revoir tout son système : davantage de pâturage, un troupeau croisé avec des jersiaises et des normandes, plus rustiques, et des vêlages regroupés au printemps.
ad|Publicité
h2|« Ce n'est pas une solution miracle »
p|En Bretagne, plusieurs centaines d'élevages pratiqueraient aujourd'hui la monotraite, toute l'année ou sur une partie de la saison, selon les estimations des organismes de conseil. Un chiffre en hausse, porté par la difficulté à recruter des salariés et l'envie des jeunes éleveurs de préserver leur vie de famille.
read-also|Lire aussi : Salariés agricoles : les groupements d'employeurs ne trouvent plus de vachers
p|Mais les techniciens appellent à la prudence. « Ce n'est pas une solution miracle. Pour un élevage très endetté, perdre un quart du volume peut être fatal », prévient Gaëlle Rio, conseillère en production laitière. Avant de se lancer, elle recommande de :
li|faire un bilan précis des annuités et de la trésorerie ;
li|prévenir la laiterie, dont certaines appliquent des pénalités sur les volumes ;
li|tester la monotraite quelques semaines en fin de lactation ;
li|adapter la ration pour éviter que les vaches ne prennent trop d'état.
p|Au Gaec de Kerlann, on ne reviendrait en arrière pour rien au monde. « Le soir, maintenant, on dîne avec les enfants. Ça n'a pas de prix », sourit Loïc Jégo.
p|Le couple ouvrira d'ailleurs ses portes le jeudi 12 février, de 10 h à 16 h, lors d'une journée d'échanges sur la monotraite organisée avec la chambre d'agriculture.
share|Partager cet article
share|FacebookXLinkedInWhatsAppE-mail
rating|Cet article vous a-t-il été utile ?
rating|Oui
rating|Non
tags|Morbihan
follow|Suivre
tags|Plumelec
follow|Suivre
tags|Élevage
follow|Suivre
comments|3 commentaires
comments|Trier par : Les plus récents
comments|Gwen56
comments|22/01/2026 à 19h12
comments|Bravo à eux. Le métier doit évoluer sinon plus personne ne voudra le faire.
comments|Répondre
comments|Jean-Paul L.
comments|22/01/2026 à 18h40
comments|Et la laiterie dans tout ça ? Chez nous les pénalités tombent dès qu'on baisse les volumes.
comments|Répondre
read-more|Voir les 3 commentaires
newsletter|Newsletter Terres de l'Ouest
newsletter|Chaque vendredi, l'actualité agricole de l'Ouest : marchés, météo, installations, réglementation.
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
teaser-list|Les dernières actualités Terres de l'Ouest
teaser-list|18h20
teaser-list|Bretagne. La collecte de lait bio recule pour la troisième année consécutive
teaser-list|16h45
teaser-list|Finistère : un GAEC primé pour son plan de réduction des antibiotiques
teaser-list|Hier
teaser-list|Dans les Côtes-d'Armor, les éleveurs de porcs face à la crise sanitaire allemande
read-more|Voir plus d'actualités
sponsored|Contenu proposé par nos partenaires
sponsored|Ces agriculteurs réduisent leur facture d'électricité grâce à une astuce simple
sponsored|Retraite agricole : ce que peu d'exploitants savent sur leurs droits
classifieds|Petites annonces
classifieds|Matériel agricole d'occasion : plus de 2 500 annonces dans l'Ouest
network|Nos journaux
network|L'Écho de l'Ouest
network|L'Écho du Maine
network|La Presse du Bocage
network|Terres & Bétail Hebdo
footer|Qui sommes-nous
footer|Nous contacter
footer|Annonces légales
footer|Publicité
footer|Charte de confidentialité
footer|Conditions générales de vente
footer|Mentions légales
copyright|© L'Écho de l'Ouest 2026
cookie|Avec votre accord, nous et nos 764 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.
cookie|Accepter et fermer
cookie|Continuer sans accepter
cookie|En savoir plus
"""),
 dict(id="arab-news-style-1", site="arab-news-style", lang="en", sep="\n", title="Saudi Arabia sets target of 15,000 women in cybersecurity jobs by 2030", date="2026-02-16", page="""
timestamp|Monday, Feb 16, 2026
lang-switch|العربية
lang-switch|Japan
lang-switch|Pakistan
lang-switch|Français
menu|Arabian Herald
menu|The Region's Leading English Language Daily
ticker|Riyadh 21°C
ticker|TASI 11,482.36 ▲ 0.41%
menu|Saudi Arabia
menu|Middle East
menu|World
menu|Business & Economy
menu|Opinion
menu|Sport
menu|Lifestyle
menu|Research & Studies
menu|Podcasts
menu|Videos
menu|Special Reports
search|Search
account|Log in
section-label|Saudi Arabia
h1|Saudi Arabia sets target of 15,000 women in cybersecurity jobs by 2030
li|Program will fund training, certification and paid placements with government agencies
li|Women already make up a third of the Kingdom's cybersecurity workforce, officials say
short-url|Short Url
short-url|https://arhd.news/9q4vm
share|Copy
dateline|Updated 17 February 2026
byline|LAMA AL-HARBI
dateline|February 16, 202621:43
follow|Follow
share|Facebook
share|X
share|WhatsApp
share|Email
caption|Participants at a cybersecurity hackathon in Riyadh last year. (SPA/File)
p|RIYADH: Saudi Arabia aims to have 15,000 women working in cybersecurity by the end of the decade under a national program launched on Monday, as the Kingdom seeks to close a shortage of specialists in one of its fastest-growing technology sectors.
p|The program, announced at a ceremony in Riyadh by the national cybersecurity regulator, will fund training courses, international certifications and paid placements of up to 12 months with government agencies and large companies.
p|“Women are already leading security operations centers across the Kingdom. Our goal is to make sure that talent is not lost between graduation and the first job,” a senior official of the regulator said in a speech at the launch.
p|According to the authority, women make up about 33 percent of the national cybersecurity workforce, up from less than 10 percent in 2019, a rise it linked to the Vision 2030 reforms that opened new sectors to female employment.
ad|Advertisement
p|Demand for specialists has grown quickly as government services have moved online and companies in energy, banking and telecoms have increased spending on digital security. Industry estimates put the Kingdom's cybersecurity market at more than $4 billion last year.
p|The new program will be open to Saudi women holding a bachelor's degree or diploma in computing, engineering or a related field, as well as to mid-career professionals seeking to retrain. Participants will receive a monthly stipend during the training period.
read-also|Also read: Kingdom's tech sector added 40,000 jobs in 2025, ministry says
p|Officials said the first cohort of 1,200 trainees would start in April, with courses delivered in partnership with local universities and several international technology firms, which were not named. Placements will be offered in Riyadh, Jeddah and Dammam, with remote options for some roles.
p|Noura Al-Qahtani, a 27-year-old penetration tester at a Riyadh bank, said mentoring mattered as much as technical skills. “When I started, I was often the only woman in the room. Seeing other women in senior roles changes what young graduates think is possible,” she told the Arabian Herald.
p|She added that many of her former classmates had left the field after struggling to find a first job. “The certificates are expensive and employers want experience. If this program pays for both, it solves the real problem.”
p|Analysts say the target is ambitious but achievable. Universities in the Kingdom now graduate several thousand students a year in computer science and related fields, and women account for more than half of them in some institutions.
p|The launch comes ahead of a regional cybersecurity conference to be held in Riyadh in May, where officials are expected to present the first results of the program.
topics|Topics:
topics|Saudi Arabia
topics|cybersecurity
topics|women empowerment
topics|Vision 2030
related|Related
related|Saudi Arabia opens AI academy to train 100,000 citizens
related|Women’s participation in Saudi labor market hits new high
ad|Advertisement
teaser-list|Latest updates
teaser-list|Saudi foreign minister arrives in Cairo for talks on Gaza reconstruction
teaser-list|Jeddah Season to open with record number of events
teaser-list|Red Sea reef survey finds coral recovery in protected zones
teaser-list|Saudi Pro League: Al-Nassr extend lead at the top
teaser-list|Oil prices edge up as supply concerns persist
video|Frankly Speaking
video|WATCH: Tourism minister on the Kingdom’s 150 million visitor goal
video|27:14
most-read|Most Popular
most-read|1
most-read|Kingdom announces new visa rules for family visits
most-read|2
most-read|How Riyadh became the region’s busiest events capital
most-read|3
most-read|Saudi Arabia sends new aid convoy to Sudan
newsletter|Sign up for the Arabian Herald Daily newsletter
newsletter|Enter your email
newsletter|Subscribe
app|Download the Arabian Herald app
app|App Store Google Play
social|Follow us on X Facebook Instagram YouTube LinkedIn
footer|About Us Contact Us Advertise With Us Careers Privacy Policy Terms of Use
network|A Gulf Media Group publication
copyright|All rights reserved © 2026 Arabian Herald
cookie|We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.
cookie|Accept
"""),
 dict(id="arab-news-style-2", site="arab-news-style", lang="en", sep="\n", title="Riyadh Metro carries 118 million passengers in first full year of operation", date="2026-01-08", page="""
timestamp|Thursday, Jan 08, 2026
lang-switch|العربية
lang-switch|Japan
lang-switch|Pakistan
lang-switch|Français
menu|Arabian Herald
menu|The Region's Leading English Language Daily
ticker|Riyadh 17°C
ticker|TASI 11,207.90 ▼ 0.18%
menu|Saudi Arabia
menu|Middle East
menu|World
menu|Business & Economy
menu|Opinion
menu|Sport
menu|Lifestyle
menu|Research & Studies
menu|Podcasts
menu|Videos
menu|Special Reports
search|Search
account|Log in
section-label|Business & Economy
h1|Riyadh Metro carries 118 million passengers in first full year of operation
li|Blue Line accounted for nearly 40 percent of all trips
li|Ridership exceeded early forecasts, officials say, as capital steps up park-and-ride
short-url|Short Url
short-url|https://arhd.news/k2x7b
share|Copy
dateline|Updated 08 January 2026
byline|TAREQ AL-THAQAFI
dateline|January 08, 2026 12:05
follow|Follow
share|FacebookXWhatsAppLinkedInEmail
video|Play
video|00:58
caption|A train on the Riyadh Metro’s Blue Line passes through the King Abdullah Financial District. (Supplied)
p|RIYADH: The Riyadh Metro carried nearly 118 million passengers in 2025, its first full year of operation, city authorities said on Wednesday, beating early forecasts as residents of the car-dependent capital slowly switch to public transport.
p|The six-line, 176-km network opened in stages between December 2024 and January 2025. Daily ridership averaged about 325,000 passengers over the year, rising to more than 450,000 on peak days during major events, according to figures released by the city’s development authority.
p|“The numbers show a real change in habits. A year ago, many people told us nobody in Riyadh would leave their car at home,” a spokesman for the authority said.
h2|Blue Line busiest
p|The Blue Line, which runs north to south along Olaya Street, was by far the busiest, accounting for nearly 40 percent of all trips. The Red Line along King Abdullah Road came second, followed by the Orange Line, which links the east and west of the city.
p|Stations serving the King Abdullah Financial District, the National Museum and the airport terminals were among the most used. Weekend ridership rose sharply in the autumn during the Riyadh Season festival, when the metro ran extended hours until 2 a.m.
ad|Advertisement
sponsored|Sponsored
sponsored|Discover luxury waterfront living on the Red Sea coast. Register your interest today
h2|Fares and parking
p|Officials said they would expand park-and-ride facilities at suburban stations this year, after complaints from commuters that car parks at several terminus stations were full by 7:30 a.m. on weekdays.
p|A standard two-hour ticket costs SR4, while monthly passes are available for SR140. Students and people with disabilities are eligible for discounted fares. The authority said it had no plans to raise prices in 2026.
p|Mohammed Al-Dosari, a 34-year-old engineer who commutes from the Al-Yasmin district to the city center, said the metro had cut his journey time by half. “In the evening traffic, it used to take me an hour. Now it is 25 minutes, and I can read on the train,” he said.
p|Others say connections remain a challenge. Bus routes feeding the metro stations are still being rolled out, and many neighborhoods are more than a kilometer from the nearest station, a long walk in the summer heat.
p|The metro is part of a wider plan to reduce congestion and emissions in the Saudi capital, whose population is expected to keep growing as the city hosts Expo 2030 and matches for the 2034 FIFA World Cup.
signature|— With Reuters
topics|Topics:
topics|Riyadh Metro
topics|Public transport
topics|Saudi Arabia
related|Related
related|Riyadh bus network adds 20 new routes to feed metro stations
related|Saudi Arabia’s infrastructure spending to top $60bn this year
ad|Advertisement
teaser-list|Latest updates
teaser-list|Saudi non-oil exports rise 12 percent in November
teaser-list|Aramco signs supply agreements with two Asian refiners
teaser-list|Diriyah Gate opens first hotels to visitors
teaser-list|Gold hits record as investors seek safe havens
teaser-list|UAE and Saudi Arabia agree to link payment systems
podcast|Podcasts
podcast|Ever Wondered: Why does the Gulf need so many desalination plants?
podcast|Listen now
most-read|Most Popular
most-read|1
teaser-list|Riyadh Metro carries 118 million passengers in first full year of operation
most-read|2
most-read|New labor rules to take effect for domestic workers
most-read|3
most-read|Saudi Arabia and India sign energy partnership deal
newsletter|Sign up for the Arabian Herald Daily newsletter
newsletter|Enter your email
newsletter|Subscribe
app|Download the Arabian Herald app
app|App Store Google Play
social|Follow us on X Facebook Instagram YouTube LinkedIn
footer|About Us Contact Us Advertise With Us Careers Privacy Policy Terms of Use
network|A Gulf Media Group publication
copyright|All rights reserved © 2026 Arabian Herald
"""),
 dict(id="journal-du-cameroun-style-1", site="journal-du-cameroun-style", lang="fr", sep="\n", title="Douala : le sac de ciment passe à 5 300 FCFA, les constructeurs inquiets", date="2026-02-05", page="""
timestamp|jeudi 5 février 2026
social|Facebook
social|X
social|YouTube
social|Instagram
social|TikTok
breaking|FLASH INFO
breaking|Yaoundé : la circulation rétablie sur l'axe Mvan-Nsimalen après l'accident de ce matin
breaking|Lions indomptables : la liste pour les matchs amicaux de mars attendue lundi
menu|CAMEROUN HORIZON
menu|L'information au cœur du Cameroun
menu|Accueil Politique Économie Société Sport Culture Afrique International Tribune Vidéos
search|Rechercher
ad|Publicité
ad|Recevez vos transferts d'argent en 5 secondes avec MboaPay. Téléchargez l'appli
breadcrumb|Accueil » Économie » Douala : le sac de ciment passe à 5 300 FCFA, les constructeurs inquiets
section-label|Économie
h1|Douala : le sac de ciment passe à 5 300 FCFA, les constructeurs inquiets
label|Par
byline|Ghislain Ndongo
dateline|5 février 2026
comments|0 commentaire
views|1 846 vues
reading-time|2 minutes de lecture
share|Partager sur Facebook
share|Partager sur X
share|WhatsApp
share|Telegram
caption|Des sacs de ciment sur un chantier à Bonamoussadi. ©Cameroun Horizon
p|Les quincailleries de Douala ont affiché de nouveaux prix depuis le début de la semaine. Le sac de 50 kg de ciment, qui se vendait entre 4 800 et 4 900 FCFA en décembre, est désormais proposé à 5 300 FCFA en moyenne dans la capitale économique, et jusqu'à 5 600 FCFA dans certains quartiers périphériques.
p|Au marché de Ndokoti, les revendeurs disent subir eux aussi la hausse. « Les usines nous livrent plus cher, on ne peut pas vendre à perte. Le client pense que c'est nous qui augmentons, mais notre marge est la même », explique Jean-Marie Tchatchoua, grossiste depuis quinze ans.
p|Les cimentiers installés au Cameroun justifient ce réajustement par la hausse du coût du clinker importé, la principale matière première du ciment, et par le renchérissement du transport maritime. Le fret entre la Méditerranée et le port de Douala a progressé de près de 20 % en un an, selon les professionnels du secteur.
read-also|LIRE AUSSI : Port de Douala : les délais de dédouanement toujours au cœur des critiques
h2|Les chantiers ralentissent
p|Sur le terrain, les effets se font déjà sentir. Dans les quartiers de Logbessou et de Yassa, plusieurs particuliers qui construisent leur maison par étapes ont suspendu leurs travaux, faute de pouvoir suivre la hausse.
p|« Pour une maison de trois chambres, il faut compter au moins 400 sacs. Avec 500 francs de plus par sac, c'est 200 000 FCFA de plus rien que pour le ciment. Beaucoup de familles vont attendre », estime Serge Ebongue, entrepreneur en bâtiment à Douala.
p|Les petites entreprises du BTP, qui travaillent sur des marchés publics à prix fixés, s'inquiètent également. Certaines disent ne plus pouvoir respecter les devis signés l'an dernier.
ad|Publicité
h2|Le ministère du Commerce attendu
p|L'Association de défense des consommateurs du Littoral demande au ministère du Commerce de faire respecter les prix homologués et d'intensifier les contrôles. « Nous avons relevé des écarts de 700 francs d'un point de vente à l'autre dans le même quartier. Ce n'est pas normal », dénonce son président, Blaise Nkwenti.
p|Contactés, les services régionaux du Commerce indiquent que des brigades de contrôle ont été déployées dans les principaux marchés de la ville depuis mercredi. Les commerçants qui pratiqueraient des prix supérieurs aux tarifs homologués s'exposent à des amendes et à la fermeture de leur établissement.
p|Le gouvernement a par le passé négocié avec les producteurs des baisses temporaires des prix du ciment. Une rencontre entre les cimentiers et le ministère serait prévue dans les prochains jours à Yaoundé, selon une source proche du dossier.
tags|Mots-clés :
tags|#BTP
tags|#Ciment
tags|#Douala
tags|#Prix
share|Partager cet article :
share|Facebook X WhatsApp LinkedIn E-mail
whatsapp|Rejoignez notre chaîne WhatsApp pour ne rien rater de l'actualité camerounaise
nav|Article précédent
nav|Yaoundé : les taxis exigent la révision du prix de la course
nav|Article suivant
nav|Cameroun : la campagne cacaoyère 2025-2026 en baisse de 8 %
related|VOUS AIMEREZ AUSSI
related|Fer à béton : les prix flambent à Yaoundé et Bafoussam
related|Il y a 3 semaines
related|Logement social : 1 500 maisons attendues à Mbanga-Bakoko
related|Il y a 2 mois
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Publier le commentaire
most-read|LES PLUS LUS
most-read|Bac 2026 : l'Office publie le calendrier des épreuves
most-read|Garoua : un pont effondré coupe la route de Ngaoundéré
most-read|Santé : la campagne de vaccination contre le paludisme étendue à 20 districts
teaser-list|DERNIÈRES INFOS
teaser-list|Il y a 12 minutes
teaser-list|Bafoussam : la mairie lance la réhabilitation du marché A
teaser-list|Il y a 1 heure
teaser-list|Coton : la Sodecoton annonce une production record dans le Nord
teaser-list|Il y a 3 heures
teaser-list|Football : Coton Sport reprend la tête du championnat
newsletter|NEWSLETTER
newsletter|Recevez chaque matin l'essentiel de l'actualité du Cameroun
newsletter|Votre e-mail
newsletter|S'inscrire
footer|Cameroun Horizon est un site d'information générale édité à Douala.
footer|À propos
footer|Contact
footer|Publicité
footer|Politique de confidentialité
copyright|© 2026 Cameroun Horizon - Tous droits réservés
back-to-top|Haut de page
"""),
 dict(id="journal-du-cameroun-style-2", site="journal-du-cameroun-style", lang="fr", sep="\n", title="Examens officiels 2026 : l'Office du Bac fixe le début des épreuves écrites au 2 juin", date="2026-03-11", page="""
timestamp|mercredi 11 mars 2026
social|Facebook
social|X
social|YouTube
social|Instagram
social|TikTok
breaking|FLASH INFO
breaking|Ebolowa : deux présumés coupeurs de route interpellés sur l'axe Ambam
breaking|Santé : reprise des consultations à l'hôpital régional de Buea
menu|CAMEROUN HORIZON
menu|L'information au cœur du Cameroun
menu|Accueil Politique Économie Société Sport Culture Afrique International Tribune Vidéos
search|Rechercher
ad|Publicité
ad|Bourses d'études au Canada et en Europe : inscriptions ouvertes. Cliquez ici
breadcrumb|Accueil » Société » Éducation
section-label|Éducation
h1|Examens officiels 2026 : l'Office du Bac fixe le début des épreuves écrites au 2 juin
label|Par
byline|La Rédaction
dateline|11 mars 2026
comments|3 commentaires
views|4 219 vues
reading-time|3 minutes de lecture
share|Partager sur Facebook
share|Partager sur X
share|WhatsApp
share|Telegram
listen|Écouter l'article
listen|0:00 / 3:41
caption|Des candidats au baccalauréat dans un centre d'examen de Yaoundé, en juin 2025. ©Archives
p|L'Office du baccalauréat du Cameroun a rendu public ce mardi 10 mars 2026 le calendrier des examens de la session 2026. Les épreuves écrites du baccalauréat de l'enseignement général débuteront le mardi 2 juin sur l'ensemble du territoire, soit une semaine plus tôt que l'an dernier.
p|Selon le communiqué signé par le directeur de l'Office, ce calendrier vise à permettre la publication des résultats avant la fin du mois de juillet et à laisser plus de temps aux universités pour organiser les inscriptions en première année.
h2|Les principales dates à retenir
li|Épreuves sportives (EPS) : du 20 avril au 8 mai 2026 ;
li|Épreuves pratiques et orales : du 18 au 29 mai 2026 ;
li|Probatoire, épreuves écrites : du 25 mai au 29 mai 2026 ;
li|Baccalauréat, épreuves écrites : du 2 au 10 juin 2026 ;
li|Publication des résultats : au plus tard le 24 juillet 2026.
p|Au total, plus de 310 000 candidats sont attendus pour le probatoire et le baccalauréat de l'enseignement général, répartis dans près de 900 centres d'examen. Les inscriptions, ouvertes depuis décembre, sont closes depuis le 28 février.
sponsored|Publi-reportage
sponsored|Institut supérieur privé : préparez votre BTS en alternance dès septembre. Places limitées
h2|Fraude : l'Office hausse le ton
p|L'Office du Bac annonce par ailleurs un renforcement des mesures contre la fraude, après plusieurs cas de fuites de sujets sur les réseaux sociaux lors de la session précédente. Les téléphones portables seront strictement interdits dans les salles, et des détecteurs seront déployés dans certains centres jugés sensibles.
p|« Tout candidat pris en possession d'un téléphone ou d'un document non autorisé sera exclu de la session et pourra faire l'objet de poursuites », prévient le communiqué. Les enseignants surveillants impliqués dans des fuites s'exposent eux aussi à des sanctions disciplinaires.
read-also|LIRE AUSSI : Bac 2025 : 47 candidats exclus pour fraude dans la région du Centre
p|Du côté des établissements, l'avancement du calendrier inquiète certains responsables. « Avec les perturbations du premier trimestre, nous n'avons pas encore bouclé les programmes en Terminale. Une semaine de moins, c'est beaucoup », confie le proviseur d'un lycée public de Douala, qui a requis l'anonymat.
p|Dans les régions du Nord-Ouest et du Sud-Ouest, où la crise sécuritaire continue de perturber la scolarité, l'Office indique que des centres de regroupement seront à nouveau ouverts dans les chefs-lieux pour permettre aux candidats de composer en sécurité.
p|Les candidats et les parents sont invités à consulter régulièrement les communiqués officiels et à se méfier des fausses informations qui circulent sur les réseaux sociaux à l'approche des examens.
signature|Avec les informations de la CRTV
tags|Mots-clés :
tags|#Baccalauréat
tags|#Examens
tags|#Office du Bac
tags|#Probatoire
share|Partager cet article :
share|Facebook X WhatsApp LinkedIn E-mail
whatsapp|Rejoignez notre chaîne WhatsApp pour ne rien rater de l'actualité camerounaise
nav|Article précédent
nav|Université de Dschang : les étudiants de master en grève
nav|Article suivant
nav|Football : le Canon de Yaoundé change d'entraîneur
related|VOUS AIMEREZ AUSSI
related|Concours d'entrée à l'ENS : les résultats publiés
related|Il y a 2 semaines
related|BEPC 2026 : le calendrier dévoilé par le ministère
related|Il y a 1 mois
comments|3 commentaires sur « Examens officiels 2026 : l'Office du Bac fixe le début des épreuves écrites au 2 juin »
comments|Ngono Paul
comments|11 mars 2026 à 15 h 12 min
comments|Et les grèves des enseignants alors ? On avance le calendrier alors que les élèves n'ont pas fini les cours.
comments|Répondre
comments|Mama Claudine
comments|11 mars 2026 à 16 h 40 min
comments|Très bonne chose pour la fraude. Il faut aussi sanctionner les surveillants.
comments|Répondre
comments|Eric T.
comments|11 mars 2026 à 18 h 05 min
comments|Merci pour l'info, je partage.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Publier le commentaire
most-read|LES PLUS LUS
teaser-list|Examens officiels 2026 : l'Office du Bac fixe le début des épreuves écrites au 2 juin
most-read|Douala : démolitions en vue au quartier Bonabéri
most-read|Lions indomptables : trois nouveaux binationaux convoqués
teaser-list|DERNIÈRES INFOS
teaser-list|Il y a 25 minutes
teaser-list|Limbé : le festival des arts et de la culture reporté à avril
teaser-list|Il y a 2 heures
teaser-list|Énergie : Eneo annonce des coupes programmées à Yaoundé ce week-end
teaser-list|Il y a 4 heures
teaser-list|Tribune : « Notre système éducatif a besoin d'une vraie réforme »
newsletter|NEWSLETTER
newsletter|Recevez chaque matin l'essentiel de l'actualité du Cameroun
newsletter|Votre e-mail
newsletter|S'inscrire
footer|Cameroun Horizon est un site d'information générale édité à Douala.
footer|À propos
footer|Contact
footer|Publicité
footer|Politique de confidentialité
copyright|© 2026 Cameroun Horizon - Tous droits réservés
back-to-top|Haut de page
"""),
 dict(id="stuff-nz-style-1", site="stuff-nz-style", lang="en", sep="\n", title="Tasman ratepayers face 11.8% rates rise as flood repair bill mounts", date="2026-03-03", page="""
skip-link|Skip to main content
menu|Kiwi Wire
menu|Kia ora
account|Sign in
weather|Nelson 21°
menu|Home
menu|NZ News
menu|World
menu|Politics
menu|Business
menu|Climate change
menu|Sport
menu|Entertainment
menu|Life & Style
menu|Travel
menu|Te Ao Māori
menu|Quizzes
menu|Puzzles
search|Search
section-label|Nelson Tasman
h1|Tasman ratepayers face 11.8% rates rise as flood repair bill mounts
lead|Councillors say there is no easy way to pay for $86 million of damage from last winter's storms, but residents warn they are already stretched.
byline|Max Whitfield
byline|Local Democracy Reporter
dateline|05:00, Mar 03 2026
share|Share
share|Facebook
share|X
share|Email
share|Copy link
caption|Tasman District Council's offices in Richmond. The council says repairs from the 2025 floods will cost at least $86 million.BRADEN FASTIER/KIWI WIRE
p|Tasman District ratepayers are facing an average rates rise of 11.8% next year as the council tries to fund repairs to roads, bridges and stopbanks damaged in last winter's floods.
p|The figure is part of the council's draft annual plan, which councillors agreed to put out for public consultation at a meeting in Richmond on Thursday.
p|Mayor Claire Hemi said the council had cut or delayed more than $20m of projects to bring the increase down from an earlier estimate of nearly 16%.
p|"Nobody around this table wants to be asking people for this much money in a cost of living crisis. But the water doesn't care about our budget, and the damage is real," she said.
read-also|READ MORE:
read-also|* Motueka Valley residents still cut off months after slips
read-also|* Council's debt ceiling raised to cover storm recovery
read-also|* 'We lost everything': Tasman farmers count the cost of flooding
ad|Advertisement
ad|Advertise with Kiwi Wire
p|The June and July storms caused more than 400 slips across the district, destroyed two bridges in the Motueka Valley and left several rural communities isolated for weeks.
p|Government funding through the transport agency is expected to cover about half of the roading repairs, but the council must find the rest, along with the full cost of repairing its stormwater and river protection assets.
p|Chief executive Rhys Ogilvie told councillors the council's debt was now close to its self-imposed limit, leaving little room to borrow more.
p|"We have tested every option. Borrowing more would push the cost onto future ratepayers and risk our credit rating," he said.
p|Not all councillors were convinced. Golden Bay councillor Tania Wratt voted against the draft plan, saying rural ratepayers were being asked to pay twice: once through their rates and again through the cost of repairing their own properties.
p|"I've got people in my ward who have spent $30,000 clearing their own driveways. Now we're telling them their rates are going up by $400. That's a hard conversation," she said.
p|Under the draft plan, the average residential property in Richmond would pay an extra $6.90 a week. Rural and commercial properties would face larger increases, depending on their land value.
p|Public consultation opens on March 16 and runs for four weeks. The council will hold drop-in sessions in Richmond, Motueka, Tākaka and Murchison, and final decisions are expected in June.
funding-note|Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.
teaser-list|Related
teaser-list|Nelson Tasman
teaser-list|Nelson's new library cost jumps by another $4m
teaser-list|Nelson Tasman
teaser-list|Stopbank upgrade for Motueka gets green light
ad|Advertisement
ad|Advertise with Kiwi Wire
teaser-list|Latest
teaser-list|12 mins ago
teaser-list|NZ News
teaser-list|Motorcyclist dies after crash near Kaikōura
teaser-list|34 mins ago
teaser-list|Business
teaser-list|Fonterra lifts milk price forecast again
teaser-list|1 hour ago
teaser-list|Sport
teaser-list|Black Ferns name uncapped halfback for Laurie O'Reilly Cup
games|Puzzles
games|Crossword
games|Sudoku
games|Code Cracker
games|Wordsearch
games|Play now
app|Get the Kiwi Wire app
app|Download on the App Store
app|Get it on Google Play
footer|Kiwi Wire
footer|About Kiwi Wire
footer|Contact us
footer|Advertise with us
footer|Careers
footer|Privacy policy
footer|Terms and conditions
footer|Complaints
disclaimer|Kiwi Wire is a member of the New Zealand Media Council. If you have a concern about an article, please contact us first.
copyright|© 2026 Kiwi Wire Ltd
"""),
 dict(id="stuff-nz-style-2", site="stuff-nz-style", lang="en", sep="\n", title="Backyard birdwatchers log record 31,000 kererū in annual count", date="2025-10-14", page="""
skip-link|Skip to main content
menu|Kiwi Wire
menu|Kia ora
account|Sign in
weather|Auckland 17°
menu|Home
menu|NZ News
menu|World
menu|Politics
menu|Business
menu|Climate change
menu|Sport
menu|Entertainment
menu|Life & Style
menu|Travel
menu|Te Ao Māori
menu|Quizzes
menu|Puzzles
search|Search
section-label|Environment
h1|Backyard birdwatchers log record 31,000 kererū in annual count
lead|The native wood pigeon turned up in bigger numbers than ever before, but scientists say one good year is not a trend.
byline|Aroha Penney
dateline|16:42, Oct 14 2025
share|Share
share|Facebook
share|X
share|Email
share|Copy link
video|Play video
video|Kererū feast on kōwhai flowers in a Dunedin garden.
video|0:47
credit|SUPPLIED
p|New Zealanders counted more than 31,000 kererū during this year's annual survey, the highest tally since the citizen science project began.
p|The 10-day count, which ended last month, drew about 9,800 observations from backyards, parks, schools and walking tracks around the country, organisers said on Tuesday.
p|The total of 31,214 birds beat the previous record, set in 2021, by about 4,000.
p|Organiser Mereana Tipoki said people had been "incredibly generous with their time", with many families and classrooms taking part for the first time.
p|"We had people sending in photos from their kitchen windows, from the school playground, from the top of the Port Hills. Kererū are big, noisy and easy to spot, which makes them perfect for a count like this," she said.
ad|Advertisement
ad|Advertise with Kiwi Wire
h2|Where the birds were
p|The largest numbers were reported in:
li|Wellington, with 5,420 birds;
li|Auckland, with 4,980;
li|Canterbury, with 3,760, mostly on Banks Peninsula;
li|Nelson and Tasman, with 2,910.
p|Organisers put part of the rise down to more people taking part, and to the early flowering of kōwhai and tree lucerne after a mild winter, which brought birds into town gardens.
caption|Kererū are the only native bird able to swallow the large fruits of trees such as taraire and karaka.KIWI WIRE
p|Massey University ecologist Dr Hamish Ward said the result was encouraging, but warned against reading too much into a single year.
p|"A count like this tells us where people are seeing birds, not exactly how many birds there are. You need a decade or more of data before you can talk about a population trend," he said.
h2|Pests still the big threat
p|Kererū play a crucial role in New Zealand forests as the only remaining bird able to swallow and spread the seeds of several large native trees.
p|Their numbers fell sharply during the 20th century because of hunting, loss of habitat and predators such as rats, stoats and possums, which raid nests and eat eggs and chicks.
p|Ward said the strong numbers in Wellington reflected years of community trapping around the city. "Where people do sustained predator control, kererū come back. That's the real lesson here."
p|Organisers are urging people to plant native fruiting trees and to keep up trapping in their neighbourhoods. Next year's count will run from September 18 to 27.
topics|Kererū
topics|Birds
topics|Conservation
topics|Wellington
newsletter|Get the Kiwi Wire Daily newsletter
newsletter|The day's biggest stories, straight to your inbox every morning.
newsletter|Email address
newsletter|Sign up
teaser-list|Related
teaser-list|Environment
teaser-list|Kākā spotted in Christchurch for the first time in decades
teaser-list|Environment
teaser-list|Wellington's predator-free project hits 10-year milestone
ad|Advertisement
ad|Advertise with Kiwi Wire
teaser-list|Latest
teaser-list|8 mins ago
teaser-list|NZ News
teaser-list|State highway closed after truck rolls near Taupō
teaser-list|20 mins ago
teaser-list|Politics
teaser-list|Government confirms changes to fast-track consents
teaser-list|45 mins ago
teaser-list|Entertainment
teaser-list|NZ film picks up top prize at Busan festival
games|Quizzes
games|Kiwi Wire quiz: Morning trivia challenge, October 14, 2025
games|Take the quiz
app|Get the Kiwi Wire app
app|Download on the App Store
app|Get it on Google Play
footer|Kiwi Wire
footer|About Kiwi Wire
footer|Contact us
footer|Advertise with us
footer|Careers
footer|Privacy policy
footer|Terms and conditions
footer|Complaints
disclaimer|Kiwi Wire is a member of the New Zealand Media Council. If you have a concern about an article, please contact us first.
copyright|© 2026 Kiwi Wire Ltd
"""),
]
