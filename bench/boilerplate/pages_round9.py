# Round 9: eight pages on four more sites, written block by block after all tuning, measured once.
# Each line: "label|text" (body roles: h1, lead, p, h2, li, byline, dateline, signature; anything else is junk).
# Invented text; no real article is copied.
ROUND9 = [
 dict(id="sahel-plus-1", site="sahel-plus", lang="fr", sep="\n", title="Ségou : les riziculteurs de l’Office du Niger craignent un manque d’eau", date="2025-03-28", page="""
menu|SAHEL PLUS
menu|Actualités | Politique | Économie | Société | Sport | Vidéos | Sahel Plus TV
subscribe|Accédez à l’intégralité de nos articles
subscribe|Déjà abonné ? Connectez-vous
h1|Ségou : les riziculteurs de l’Office du Niger craignent un manque d’eau
byline|Par Boubacar Traoré
dateline|Publié le 28 mars 2025 à 09:12
views|Lu 2 345 fois
share|Partagez sur
share|Facebook
share|WhatsApp
lead|Les producteurs de riz de la zone Office du Niger redoutent une saison de contre-saison difficile, le niveau du fleuve étant plus bas que d’habitude à cette période de l’année.
p|Dans plusieurs villages, les canaux secondaires ne sont déjà plus alimentés qu’un jour sur deux. Les paysans qui ont repiqué tardivement craignent de voir leurs plants sécher avant la récolte.
p|L’Office du Niger a mis en place un calendrier de distribution de l’eau entre les différents secteurs et demande aux producteurs de ne pas étendre leurs surfaces au-delà de ce qui a été prévu.
h2|UN APPEL AU CALME
p|Les responsables des organisations paysannes appellent au calme et à la solidarité entre villages, pour éviter les conflits autour des prises d’eau, comme cela a été le cas il y a deux ans.
feedback|Donnez votre avis
teaser-list|Vidéo à la une
teaser-list|Regardez : la fête de l’indépendance en images
teaser-list|À lire également
teaser-list|Kayes : les orpailleurs délogés du lit du fleuve
teaser-list|il y a 5 heures
footer|Sahel Plus © 2025. Tous droits réservés.
"""),
 dict(id="sahel-plus-2", site="sahel-plus", lang="fr", sep="\n", title="Bamako : une campagne de dépistage gratuit du diabète ce week-end", date="2025-11-14", page="""
menu|SAHEL PLUS
menu|Actualités | Politique | Économie | Société | Sport | Vidéos | Sahel Plus TV
subscribe|Accédez à l’intégralité de nos articles
subscribe|Déjà abonné ? Connectez-vous
h1|Bamako : une campagne de dépistage gratuit du diabète ce week-end
byline|Par Aminata Diallo
dateline|Publié le 14 novembre 2025 à 15:40
views|Lu 876 fois
share|Partagez sur
share|Facebook
share|WhatsApp
lead|À l’occasion de la journée mondiale du diabète, une association de médecins organise samedi et dimanche une campagne de dépistage gratuit dans trois centres de santé de Bamako.
p|Les participants pourront faire mesurer leur glycémie et leur tension, et recevoir des conseils sur l’alimentation et l’activité physique.
p|Selon les organisateurs, une grande partie des personnes atteintes ignorent leur maladie, faute de dépistage. Les complications, qui touchent les yeux, les reins et les pieds, sont souvent découvertes trop tard.
p|Les centres seront ouverts de 8 heures à 16 heures :
p|Centre de santé de Lafiabougou
p|Centre de santé de Kalaban Coura
p|Centre de santé de Sogoniko
feedback|Donnez votre avis
teaser-list|Vidéo à la une
teaser-list|Regardez : la fête de l’indépendance en images
teaser-list|À lire également
teaser-list|Kayes : les orpailleurs délogés du lit du fleuve
teaser-list|hier
footer|Sahel Plus © 2025. Tous droits réservés.
"""),
 dict(id="world-observer-1", site="world-observer", lang="en", sep="\n\n", title="Drought pushes Zambia to import electricity from neighbours", date="2025-02-24", page="""
subscribe|Support our journalism
subscribe|Sign in
menu|News Opinion Sport Culture Lifestyle
menu|World Africa Americas Asia Europe Middle East
h1|Drought pushes Zambia to import electricity from neighbours
lead|Low water levels at the country's biggest dam have cut power output by more than half.
byline|Grace Mwale in Lusaka
dateline|Mon 24 Feb 2025 06.00 GMT
share|Share
caption|The Kariba dam wall, with water levels at a record low.
credit|Photograph: Grace Mwale
p|Zambia has begun importing electricity from Mozambique and South Africa after a severe drought left the Kariba dam with too little water to run its turbines at full capacity.
p|Homes in Lusaka now receive power for only a few hours a day, and businesses rely on diesel generators that many can barely afford.
p|The government says it will speed up solar projects, but engineers warn that new plants will take years to make up for the shortfall.
p|"We built our whole power system on the assumption that the rain would come," said an energy analyst in Lusaka.
tags|Explore more on these topics
tags|Zambia
tags|Energy
tags|Drought
share|Reuse this content
teaser-list|Most viewed
teaser-list|Heatwave warning issued for the weekend
teaser-list|Ferry operator adds summer routes to the islands
comments|Comments (123)
comments|Sign in or create your account to join the discussion
"""),
 dict(id="world-observer-2", site="world-observer", lang="en", sep="\n\n", title="Kenyan court halts sale of public land to developers", date="2025-09-09", page="""
subscribe|Support our journalism
subscribe|Sign in
menu|News Opinion Sport Culture Lifestyle
menu|World Africa Americas Asia Europe Middle East
h1|Kenyan court halts sale of public land to developers
lead|Residents had argued the land was set aside for a school and a clinic.
byline|Peter Kamau in Nairobi
dateline|Tue 9 Sep 2025 14.15 BST
share|Share
p|A Kenyan court has suspended the sale of a plot of public land in Nairobi to a group of property developers, after residents argued it had been reserved for a school and a health clinic.
p|The judge ordered the county government to produce the documents authorising the sale within thirty days.
p|Residents' associations have filed dozens of similar cases in recent years, accusing officials of selling public land below its value.
tags|Explore more on these topics
tags|Kenya
tags|Africa
share|Reuse this content
teaser-list|Most viewed
teaser-list|Storm damage bill reaches record high
teaser-list|Council approves budget with rise in parking charges
comments|Comments (48)
comments|Sign in or create your account to join the discussion
"""),
 dict(id="radio-coast-1", site="radio-coast", lang="en", sep="\n", title="Beach cleanup collects two tonnes of plastic in a morning", date="2025-06-08", page="""
listen|Listen live
onair|On air now: Breakfast with Kofi
app|Download our app
menu|News
menu|Music
menu|Shows
menu|Win
h1|Beach cleanup collects two tonnes of plastic in a morning
dateline|8 June 2025
byline|Radio Coast News
lead|More than 400 volunteers collected about two tonnes of plastic waste from Labadi beach on Saturday morning.
p|The cleanup, organised by a group of students, started at dawn and lasted four hours.
p|Most of the waste was bottles, sachets and fishing nets, which organisers said would be sorted and sent for recycling.
p|"The sea brings it back every week, so we'll be back every month," one of the organisers said.
share|Share on Facebook
share|Share on X
teaser-list|More News
teaser-list|Ferry operator adds summer routes to the islands
teaser-list|Heatwave warning issued for the weekend
footer|Radio Coast is part of Coastline Media Group
"""),
 dict(id="radio-coast-2", site="radio-coast", lang="en", sep="\n", title="Fishermen given new radios to call for help at sea", date="2025-10-01", page="""
listen|Listen live
onair|On air now: Drive Time
app|Download our app
menu|News
menu|Music
menu|Shows
menu|Win
h1|Fishermen given new radios to call for help at sea
dateline|1 October 2025
byline|Radio Coast News
lead|Two hundred canoe fishermen in the Central Region have received waterproof radios to call for help in emergencies.
p|The radios were distributed by the fisheries commission with support from a telecoms company.
p|Several fishermen drowned last year after their canoes capsized far from shore, out of reach of mobile networks.
p|Each radio connects to a rescue centre staffed day and night, the commission said.
share|Share on Facebook
share|Share on X
teaser-list|More News
teaser-list|Beach cleanup collects two tonnes of plastic in a morning
teaser-list|Heatwave warning issued for the weekend
footer|Radio Coast is part of Coastline Media Group
"""),
 dict(id="dakar-buzz-1", site="dakar-buzz", lang="fr", sep="\n\n", title="Thiès : le marché central rouvre après l’incendie de mars", date="2025-06-21", page="""
menu|DAKAR BUZZ
menu|People Politique Sport Société Vidéos
ad|Annonce
h1|Thiès : le marché central rouvre après l’incendie de mars
byline|Par Dakar Buzz
dateline|21 juin 2025
views|1 245 vues
share|Partager
share|Tweet
lead|Trois mois après l’incendie qui avait détruit une centaine de cantines, le marché central de Thiès a rouvert ses portes samedi.
p|Les commerçants ont retrouvé des étals reconstruits en dur, avec un nouveau réseau électrique et des extincteurs installés à chaque allée.
p|La mairie a pris en charge une partie des travaux. Les commerçants sinistrés ont reçu une aide pour reconstituer leurs stocks.
p|« Nous avons tout perdu en une nuit. Aujourd’hui, on recommence », confie une vendeuse de tissus.
social|Rejoignez la chaîne WhatsApp de Dakar Buzz
teaser-list|Vous pourriez aussi aimer
teaser-list|Mbour : la pêche artisanale en crise
teaser-list|Saint-Louis : le festival de jazz retrouve la place Faidherbe
copyright|Copyright © 2025 Dakar Buzz
"""),
 dict(id="dakar-buzz-2", site="dakar-buzz", lang="fr", sep="\n\n", title="Lutte : le combat royal reporté à janvier", date="2025-12-10", page="""
menu|DAKAR BUZZ
menu|People Politique Sport Société Vidéos
ad|Annonce
h1|Lutte : le combat royal reporté à janvier
byline|Par Dakar Buzz
dateline|10 décembre 2025
views|3 480 vues
share|Partager
share|Tweet
lead|Le combat très attendu entre les deux ténors de l’arène, prévu pour la fin de l’année, a été reporté au mois de janvier, a annoncé le promoteur.
p|Le promoteur invoque la blessure de l’un des lutteurs, touché à l’épaule lors d’un entraînement. Les billets déjà vendus restent valables.
p|Ce report déçoit les supporters, qui avaient prévu de remplir l’arène nationale pendant les fêtes.
social|Rejoignez la chaîne WhatsApp de Dakar Buzz
teaser-list|Vous pourriez aussi aimer
teaser-list|Basket : les Lionnes qualifiées pour l’Afrobasket
teaser-list|Thiès : le marché central rouvre après l’incendie de mars
copyright|Copyright © 2025 Dakar Buzz
"""),
]
