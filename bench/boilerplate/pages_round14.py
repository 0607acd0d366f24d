# Round 14: eight pages on four more layouts, written block by block after all tuning, measured once.
# Each line: "label|text". Invented text; no real article is copied.
ROUND14 = [
 dict(id="business-wire-za-1", site="business-wire-za", lang="en", sep="\n", title="South African retailer to open 40 stores in Kenya and Nigeria", date="2025-03-27", page="""
menu|Markets
menu|Companies
menu|Economy
menu|Opinion
menu|Podcasts
ticker|JSE All Share 78,412 +0.4%
ticker|USD/ZAR 18.21 -0.2%
h1|South African retailer to open 40 stores in Kenya and Nigeria
lead|The group says it will invest about R1.2bn over three years as growth slows at home.
byline|Thabo Nkosi Companies editor
dateline|27 March 2025 - 14:20
share|Share on Facebook
share|Share on LinkedIn
share|Copy link
p|The clothing and homeware group said on Thursday that it would open 25 stores in Kenya and 15 in Nigeria, mostly in new shopping centres in Nairobi, Lagos and Abuja.
p|Chief executive Lindiwe Dube said demand from a growing middle class in both countries outweighed the risks of currency swings.
p|The group's shares rose 3% on the JSE after the announcement.
support|Support independent journalism
support|Subscribe to Business Wire ZA for full access to our premium content.
teaser-list|Related Articles
teaser-list|Rand firms as inflation eases
teaser-list|Mining output falls for second month
"""),
 dict(id="business-wire-za-2", site="business-wire-za", lang="en", sep="\n", title="Cape Town port expands container terminal", date="2025-08-19", page="""
menu|Markets
menu|Companies
menu|Economy
menu|Opinion
menu|Podcasts
ticker|JSE All Share 80,102 -0.1%
ticker|USD/ZAR 17.95 +0.3%
h1|Cape Town port expands container terminal
lead|The expansion will add capacity for 300,000 containers a year.
byline|Sarah van der Merwe Transport writer
dateline|19 August 2025 - 09:05
share|Share on Facebook
share|Share on LinkedIn
share|Copy link
p|The port authority said new cranes and a longer quay would allow the terminal to handle larger ships, reducing delays that have frustrated fruit exporters.
p|Work is expected to be completed by the end of next year.
support|Support independent journalism
support|Subscribe to Business Wire ZA for full access to our premium content.
teaser-list|Related Articles
teaser-list|South African retailer to open 40 stores in Kenya and Nigeria
"""),
 dict(id="journal-quebec-1", site="journal-quebec", lang="fr", sep="\n\n", title="Saguenay : la traverse de Tadoussac fonctionnera toute la nuit cet été", date="2025-06-06", page="""
menu|Actualités
menu|Sports
menu|Spectacles
menu|Argent
menu|Opinions
h1|Saguenay : la traverse de Tadoussac fonctionnera toute la nuit cet été
byline|Geneviève Tremblay
dateline|Vendredi, 6 juin 2025 18:45
dateline|MISE À JOUR Vendredi, 6 juin 2025 19:10
share|Partager
share|Commentaires
lead|Le traversier entre Baie-Sainte-Catherine et Tadoussac circulera 24 heures sur 24 pendant la saison estivale, afin de réduire l’attente des automobilistes.
p|L’an dernier, l’attente a dépassé deux heures à plusieurs reprises lors des longs week-ends, provoquant des files de voitures sur des kilomètres.
p|La société des traversiers ajoutera aussi un deuxième navire aux heures de pointe.
ad|Publicité
p|Les commerçants de Tadoussac saluent la mesure, qui devrait faciliter la venue des touristes venus observer les baleines.
poll|Vous avez un scoop à nous transmettre?
poll|Écrivez-nous à l'adresse ou appelez-nous directement au 1 800 000-0000.
teaser-list|À voir aussi
teaser-list|Québec : la piscine du parc rouvre enfin
"""),
 dict(id="journal-quebec-2", site="journal-quebec", lang="fr", sep="\n\n", title="Rimouski : le festival des jeux vidéo déménage au centre-ville", date="2025-10-10", page="""
menu|Actualités
menu|Sports
menu|Spectacles
menu|Argent
menu|Opinions
h1|Rimouski : le festival des jeux vidéo déménage au centre-ville
byline|Olivier Gagné
dateline|Vendredi, 10 octobre 2025 12:00
share|Partager
share|Commentaires
lead|Le festival des jeux vidéo de Rimouski quittera le campus universitaire l’an prochain pour s’installer dans une ancienne église du centre-ville.
p|Les organisateurs manquaient de place pour accueillir les milliers de visiteurs attendus, notamment les familles.
p|La ville a accepté de louer le bâtiment pour un dollar symbolique pendant cinq ans.
poll|Vous avez un scoop à nous transmettre?
poll|Écrivez-nous à l'adresse ou appelez-nous directement au 1 800 000-0000.
teaser-list|À voir aussi
teaser-list|Québec : la piscine du parc rouvre enfin
"""),
 dict(id="kigali-today-1", site="kigali-today", lang="en", sep="\n\n", title="Rwanda expands drone delivery of blood to all district hospitals", date="2025-05-05", page="""
menu|HOME
menu|NEWS
menu|BUSINESS
menu|HEALTH
menu|TECH
h1|Rwanda expands drone delivery of blood to all district hospitals
byline|Posted by Admin on May 5, 2025
views|Views: 2,014
lead|Every district hospital in Rwanda can now receive blood supplies by drone, the health ministry said, completing a programme that began in the west of the country.
p|Hospitals place orders by text message and receive the supplies, dropped by parachute, within about half an hour on average.
p|Doctors say the service has reduced deaths from bleeding after childbirth, as hospitals no longer need to keep large stocks that may expire.
tags|Tags: drones, health, Rwanda
share|Share this:
share|Twitter
share|Facebook
share|WhatsApp
nav|← Previous
nav|Next →
comments|Leave a Reply Cancel reply
"""),
 dict(id="kigali-today-2", site="kigali-today", lang="en", sep="\n\n", title="Kigali car-free days extended to every Sunday", date="2025-09-08", page="""
menu|HOME
menu|NEWS
menu|BUSINESS
menu|HEALTH
menu|TECH
h1|Kigali car-free days extended to every Sunday
byline|Posted by Admin on September 8, 2025
views|Views: 1,180
lead|Several main roads in Kigali will be closed to cars every Sunday morning, instead of twice a month, so residents can walk, run and cycle.
p|The city said thousands of people had taken part in the car-free days since they began, many joining free fitness sessions.
p|Buses will run on diversion routes during the closures.
tags|Tags: Kigali, health, transport
share|Share this:
share|Twitter
share|Facebook
share|WhatsApp
nav|← Previous
nav|Next →
comments|Leave a Reply Cancel reply
"""),
]
