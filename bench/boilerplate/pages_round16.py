# Round 16: eight pages on four more layouts (a Canadian public broadcaster, an Indian English daily, a think-tank
# blog, a Belgian regional daily), written block by block without looking at the classifier, measured once.
# Each line: "label|text". Invented text; no real article is copied.
ROUND16 = [
 dict(id="onde-publique-ca-1", site="onde-publique-ca", lang="fr", sep="\n\n", title="Les pêcheurs de homard de la Péninsule acadienne s’inquiètent des eaux plus chaudes", date="2025-07-08", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu de navigation
menu|Onde Publique Info
menu|Info
menu|Régions
menu|Télé
menu|Radio
menu|Balado
listen|Écouter la radio en direct
login|Se connecter
breadcrumb|Accueil › Info › Environnement
section-label|Environnement
h1|Les pêcheurs de homard de la Péninsule acadienne s’inquiètent des eaux plus chaudes
lead|La température de l’eau dans la baie des Chaleurs a dépassé les normales de saison pour une troisième année consécutive.
alt-text|Des casiers à homard empilés sur un quai.
caption|Des casiers à homard sur le quai de Shippagan, au Nouveau-Brunswick.
credit|Photo : Onde Publique / Luc Robichaud
byline|Mélanie Cormier
dateline|Publié à 4 h 00 HAA
dateline|Mis à jour à 7 h 13 HAA
share|Partager la page
share|Lien copié
p|Au quai de Lamèque, les pêcheurs terminent une saison qu’ils qualifient de « correcte », mais plusieurs disent avoir remarqué des homards plus petits et plus mous qu’à l’habitude.
p|Selon des relevés de l’Institut de recherche sur les zones côtières, l’eau a atteint 21 degrés à un mètre de profondeur à la fin juin, soit trois degrés de plus que la moyenne des vingt dernières années.
listen|Écouter l’audio (4 min 12 s)
listen|Reportage de Mélanie Cormier à l’émission Le Réveil
p|Le biologiste Pierre-Luc Mallet explique que le homard tolère mal les eaux au-delà de 20 degrés, qui l’obligent à migrer vers le large ou vers le nord.
p|Le pêcheur Gilles Haché, qui pêche depuis 38 ans, en a vu les effets.
p|« Il y a dix ans, on ne voyait jamais ça. Aujourd’hui, il faut aller plus loin, plus creux, et ça coûte plus cher en essence. »
h2|Des quotas à revoir?
p|L’Association des pêcheurs professionnels demande au ministère fédéral des Pêches de financer une étude sur l’effet de la chaleur sur les stocks, avant de fixer les prochaines saisons.
p|Le ministère indique suivre la situation de près et rappelle que les débarquements restent élevés dans la région.
signature|Avec les informations de Julien Doiron
teaser-list|À la une
teaser-list|Feux de forêt : Tracadie lève l’interdiction de faire des feux à ciel ouvert
teaser-list|Il y a 2 heures
teaser-list|Caraquet : le Festival acadien dévoile son spectacle du 15 août
teaser-list|Il y a 5 heures
social|Suivez Onde Publique Acadie sur Facebook et Instagram
footer|Conditions d’utilisation | Confidentialité | Témoins | Ombudsman | Nous joindre
copyright|© Société Onde Publique Canada 2025. Tous droits réservés.
"""),
 dict(id="onde-publique-ca-2", site="onde-publique-ca", lang="fr", sep="\n\n", title="Le traversier de L’Isle-aux-Coudres réduira ses départs de nuit cet hiver", date="2025-11-19", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu de navigation
menu|Onde Publique Info
menu|Info
menu|Régions
menu|Télé
menu|Radio
menu|Balado
listen|Écouter la radio en direct
login|Se connecter
breadcrumb|Accueil › Info › Régions › Québec
section-label|Transport
h1|Le traversier de L’Isle-aux-Coudres réduira ses départs de nuit cet hiver
lead|Faute d’équipages, la société des traversiers supprimera les départs entre 23 h et 5 h du 1er décembre au 31 mars.
byline|Louis-Philippe Simard
dateline|Publié le 19 novembre 2025
share|Partager la page
p|Les quelque 1100 résidents de l’île devront planifier leurs déplacements en conséquence, a reconnu la société d’État dans un communiqué publié mercredi.
p|Elle explique avoir du mal à recruter des matelots et des officiers, comme les autres exploitants de navires au Québec.
p|La mairesse de L’Isle-aux-Coudres dit craindre pour les travailleurs de nuit et pour les transports d’urgence vers l’hôpital de Baie-Saint-Paul.
p|Un départ sur appel restera toutefois possible en cas d’urgence médicale, précise la société des traversiers.
embed-blocked|Ce contenu n’est pas disponible avec vos paramètres de témoins.
embed-blocked|Modifier mes préférences
p|La mesure doit être réévaluée au printemps.
correction|Une version précédente de ce texte indiquait que la mesure entrait en vigueur le 1er novembre. La date a été corrigée.
teaser-list|À la une
teaser-list|Charlevoix : le parc régional fermé trois jours pour cause de vents violents
teaser-list|Il y a 1 heure
social|Suivez Onde Publique Québec sur Facebook et Instagram
footer|Conditions d’utilisation | Confidentialité | Témoins | Ombudsman | Nous joindre
copyright|© Société Onde Publique Canada 2025. Tous droits réservés.
"""),
 dict(id="deccan-ledger-1", site="deccan-ledger", lang="en", sep="\n", title="Bengaluru civic body to charge bulk waste generators from April", date="2025-02-26", page="""
menu|ePaper
login|Sign In
subscribe|Subscribe
ticker|SENSEX 74,602.12 ▼ 0.21%
ticker|NIFTY 22,547.55 ▼ 0.18%
ticker|GOLD ₹ 86,240 ▲
menu|India
menu|World
menu|States
menu|Cities
menu|Business
menu|Sports
menu|Entertainment
menu|Opinion
menu|Videos
breadcrumb|Home / Cities / Bengaluru
h1|Bengaluru civic body to charge bulk waste generators from April
lead|Apartments, hotels and offices producing more than 100 kg of garbage a day will have to pay a monthly fee or process the waste on site.
byline|Deepa Raghunathan | Bengaluru
dateline|Updated: 26 Feb 2025, 08:41 PM IST
social|Follow Us
social|Follow us on Google News
share|Share on WhatsApp
caption|Garbage piled up near a residential layout in Mahadevapura. (File photo)
credit|Credit: DL Photo
p|The city corporation will begin charging bulk waste generators a user fee from April 1, officials said on Wednesday, in a bid to reduce the load on landfills on the city's outskirts.
p|Under the new rules, residential complexes with more than 50 flats, hotels, malls and offices producing over 100 kg of waste daily must either set up on-site composting units or pay the fee.
read-also|Also Read | Residents' groups seek more time to set up composting units
p|The fee will range from ₹2,000 to ₹15,000 a month, depending on the volume of waste.
ad|Advertisement
p|A senior official said nearly 4,800 establishments had been identified across the city's eight zones. They account for close to a third of the 5,000 tonnes of garbage the city produces every day.
p|The corporation has listed the steps establishments must take:
li|Segregate waste into wet, dry and sanitary categories
li|Register with the zonal office by March 15
li|Hand over dry waste only to authorised recyclers
p|Residents' welfare associations said the rules were fair but that many older complexes lacked space for composting.
social|Click here to join our WhatsApp channel for the latest updates
signature|(With inputs from agencies)
tags|Bengaluru | waste management | civic body | Karnataka
dateline|Published 26 February 2025, 15:11 IST
teaser-list|Latest News
teaser-list|Metro Purple Line services to start 30 minutes earlier on weekdays
teaser-list|Karnataka cabinet clears new policy for street vendors
teaser-list|Trending
teaser-list|IPL 2025: Full schedule, venues and timings
footer|About Us | Contact Us | Advertise | Careers | Privacy Policy | Terms of Use | Grievance Redressal
copyright|Copyright 2025, Deccan Ledger Publications Pvt Ltd. All rights reserved.
"""),
 dict(id="deccan-ledger-2", site="deccan-ledger", lang="en", sep="\n", title="Chennai: Corporation to plant 50,000 saplings along flood canals", date="2025-06-05", page="""
menu|ePaper
login|Sign In
subscribe|Subscribe
ticker|SENSEX 81,442.04 ▲ 0.54%
ticker|NIFTY 24,750.70 ▲ 0.49%
ticker|GOLD ₹ 97,130 ▼
menu|India
menu|World
menu|States
menu|Cities
menu|Business
menu|Sports
menu|Entertainment
menu|Opinion
menu|Videos
breadcrumb|Home / Cities / Chennai
h1|Chennai: Corporation to plant 50,000 saplings along flood canals
lead|The drive, launched on World Environment Day, aims to stabilise canal banks and create shaded walkways.
byline|DL News Service | Chennai
dateline|Updated: 05 Jun 2025, 10:15 PM IST
social|Follow Us
social|Follow us on Google News
share|Share on WhatsApp
repeat|The drive, launched on World Environment Day, aims to stabilise canal banks and create shaded walkways.
p|Chennai, June 5: The Greater Chennai Corporation on Thursday began planting 50,000 saplings along the banks of the city's storm water canals, officials said.
p|Native species such as neem, pungai, vetiver and bamboo have been chosen because their roots hold soil together during heavy rain.
ad|Advertisement
p|The first phase covers stretches of three canals in the southern suburbs, which flooded badly during last year's northeast monsoon.
p|Volunteers from colleges and residents' groups will help water and protect the saplings for the first two years.
read-also|Also Read | Monsoon to reach Kerala in 48 hours, says weather office
p|"Trees are the cheapest flood defence we have," the corporation commissioner said at the launch.
social|Click here to join our WhatsApp channel for the latest updates
signature|(With inputs from PTI)
tags|Chennai | environment | monsoon | Tamil Nadu
dateline|Published 05 June 2025, 18:02 IST
teaser-list|Latest News
teaser-list|Tamil Nadu schools to reopen on June 2 after summer break
teaser-list|Chennai airport to get second runway by 2028
footer|About Us | Contact Us | Advertise | Careers | Privacy Policy | Terms of Use | Grievance Redressal
copyright|Copyright 2025, Deccan Ledger Publications Pvt Ltd. All rights reserved.
"""),
 dict(id="policy-lab-1", site="policy-lab", lang="en", sep="\n\n", title="Why cash transfers alone won't keep girls in school", date="2025-04-02", page="""
skip-link|Skip to main content
donate|Donate
menu|Research
menu|Commentary
menu|Events
menu|Data
menu|About us
search|Search
section-label|Commentary
h1|Why cash transfers alone won't keep girls in school
lead|Paying families to send their daughters to school raises enrolment. It does much less for what girls learn, or for how long they stay.
byline|Nomvula Zungu and Peter Haas
dateline|2 April 2025
reading-time|7 minute read
pdf|Download PDF
pdf|Cite this
p|Over the past two decades, more than forty low- and middle-income countries have introduced cash transfers that are conditional on children attending school. Many were designed with girls in mind.
p|The evidence on enrolment is encouraging. In most programmes we reviewed, the share of girls registered at secondary school rose by between five and twelve percentage points.
h2|Enrolment is not learning
p|But registration is only the first step. In several countries, girls who were kept in school by a transfer scored no better on reading and maths tests than girls who were not.
p|Three things seem to make the difference:
li|schools close enough to walk to safely;
li|teachers who are present and paid on time;
li|toilets and sanitary supplies, so that girls do not miss a week each month.
p|"A transfer can get a girl through the gate. It cannot make the classroom worth staying in."
p|None of this means cash transfers should be cut. They reduce child labour and early marriage, and they help families through bad harvests.
p|It does mean that ministries should stop counting enrolment as success, and budget for the schools the transfers send girls to.
author-bio|Nomvula Zungu is a senior fellow in the education programme. Peter Haas is a research associate working on social protection.
tags|Topics: Education, Gender, Social protection
disclaimer|The views expressed in this commentary are those of the authors and do not necessarily reflect those of Policy Lab or its funders.
teaser-list|Related content
teaser-list|Report
teaser-list|School meals and attendance: evidence from 14 countries
teaser-list|Event
teaser-list|Webinar: Financing secondary education after the pandemic
newsletter|Get our research in your inbox
newsletter|Email address
newsletter|Sign up
donate|Our work is independent and funded by people like you. Support Policy Lab today.
footer|Policy Lab is a registered charity in England and Wales (no. 1000000).
footer|Privacy | Cookies | Accessibility | Jobs | Contact
"""),
 dict(id="policy-lab-2", site="policy-lab", lang="en", sep="\n\n", title="Five lessons from a decade of city heat plans", date="2025-08-20", page="""
skip-link|Skip to main content
donate|Donate
menu|Research
menu|Commentary
menu|Events
menu|Data
menu|About us
search|Search
section-label|Commentary
h1|Five lessons from a decade of city heat plans
byline|Ana Lucía Ferreira
dateline|20 August 2025
reading-time|5 minute read
pdf|Download PDF
pdf|Cite this
p|Ten years ago, only a handful of cities had a written plan for dangerous heat. Today more than two hundred do. We looked at thirty of them, from Ahmedabad to Athens, to see what has worked.
h2|1. Warnings must reach people who are alone
p|Text alerts are cheap, but older people living alone often do not read them. The cities that cut deaths also trained neighbours and volunteers to knock on doors.
h2|2. Cooling centres need to be close and open late
p|Centres in libraries that close at five are of little use during heatwaves, when nights can be the most dangerous time.
h2|3. Outdoor workers need rules, not advice
p|Plans that made rest breaks compulsory for construction workers were followed. Voluntary guidance mostly was not.
h2|4. Shade is infrastructure
p|Tree planting and light-coloured roofs lower street temperatures by several degrees. They belong in capital budgets, not in awareness campaigns.
h2|5. Count the deaths
p|Without reliable counts of heat-related deaths, cities cannot tell whether their plans work.
p|Several of the cities we studied now publish these figures within weeks of a heatwave.
author-bio|Ana Lucía Ferreira leads Policy Lab's work on climate adaptation in cities.
tags|Topics: Climate, Cities, Health
teaser-list|Related content
teaser-list|Commentary
teaser-list|Who pays when the water runs out?
newsletter|Get our research in your inbox
newsletter|Email address
newsletter|Sign up
donate|Our work is independent and funded by people like you. Support Policy Lab today.
footer|Policy Lab is a registered charity in England and Wales (no. 1000000).
footer|Privacy | Cookies | Accessibility | Jobs | Contact
"""),
 dict(id="courrier-meuse-1", site="courrier-meuse", lang="fr", sep="\n", title="Liège : la passerelle cyclable sur la Meuse rouvre après six mois de travaux", date="2025-05-13", page="""
cookie|Vos données, votre choix
cookie|Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.
cookie|Accepter et fermer
cookie|Continuer sans accepter
menu|Le Courrier de Meuse
subscribe|S’abonner
login|Mon compte
menu|Régions
menu|Belgique
menu|Monde
menu|Sports
menu|Culture
menu|Opinions
menu|Services
menu|Liège Verviers Huy-Waremme Namur Luxembourg
section-label|LIÈGE
h1|Liège : la passerelle cyclable sur la Meuse rouvre après six mois de travaux
lead|Fermée depuis novembre pour le remplacement de son tablier, la passerelle entre Outremeuse et le quartier des Guillemins est à nouveau accessible aux cyclistes et aux piétons.
byline|Sophie Dethier
dateline|Publié le 13/05/2025 à 17:45
reading-time|Temps de lecture: 2 min
save|Lire plus tard
share|Partager
caption|La passerelle a été rouverte mardi en fin d’après-midi.
credit|© Courrier de Meuse - J.-M. Lambert
p|Les cyclistes liégeois retrouvent un de leurs axes favoris. La passerelle qui franchit la Meuse entre Outremeuse et les Guillemins a été rouverte mardi, avec deux semaines d’avance sur le calendrier.
p|Les travaux, d’un montant de 2,4 millions d’euros, ont permis de remplacer le revêtement en bois, devenu glissant par temps de pluie, par un tablier antidérapant.
ad|Publicité
p|Un éclairage led a aussi été installé, ainsi que des compteurs qui permettront de mesurer la fréquentation.
p|« Avant les travaux, on comptait jusqu’à 3 000 passages par jour en semaine », rappelle l’échevine de la Mobilité.
embed-blocked|Ce contenu est bloqué car vous n’avez pas accepté les cookies et autres traceurs.
embed-blocked|Paramétrer les cookies
p|Pendant les six mois de chantier, les usagers devaient faire un détour de près de deux kilomètres par le pont voisin.
p|Prochaine étape : la rénovation des rampes d’accès, prévue en 2026.
read-also|À lire aussi
read-also|Vélo : Liège veut doubler le nombre de pistes cyclables d’ici 2030
ad|Contenu sponsorisé
ad|Cette mutuelle rembourse vos lunettes jusqu’à 150 euros par an
newsletter|Recevez chaque matin l’essentiel de l’actu liégeoise
newsletter|S’inscrire à la newsletter
footer|Mentions légales | Politique cookies | Charte vie privée | Conditions générales | Nous contacter
copyright|© Le Courrier de Meuse 2025 – Éditions de la Vallée SA
"""),
 dict(id="courrier-meuse-2", site="courrier-meuse", lang="fr", sep="\n", title="Verviers : une école secondaire teste la semaine de quatre jours et demi", date="2025-09-30", page="""
cookie|Vos données, votre choix
cookie|Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.
cookie|Accepter et fermer
cookie|Continuer sans accepter
menu|Le Courrier de Meuse
subscribe|S’abonner
login|Mon compte
menu|Régions
menu|Belgique
menu|Monde
menu|Sports
menu|Culture
menu|Opinions
menu|Services
menu|Liège Verviers Huy-Waremme Namur Luxembourg
section-label|VERVIERS
h1|Verviers : une école secondaire teste la semaine de quatre jours et demi
lead|Les élèves d’un athénée verviérois n’ont plus cours le mercredi après-midi ni le vendredi après 13 h 30, en échange de journées plus longues.
byline|Thomas Collard
dateline|Publié le 30/09/2025 à 06:00
reading-time|Temps de lecture: 3 min
save|Lire plus tard
share|Partager
paywall|Article réservé aux abonnés
p|Verviers – Depuis la rentrée, les 640 élèves de l’athénée du centre-ville terminent leur semaine le vendredi à 13 h 30. Une expérience pilote menée avec l’accord du pouvoir organisateur.
p|En contrepartie, les journées du lundi, du mardi et du jeudi se prolongent jusqu’à 16 h 20.
p|Le mercredi après-midi et le vendredi après-midi restent consacrés à des activités facultatives : remédiation, sport, ateliers artistiques.
h2|« Moins de fatigue »
p|« Les élèves arrivent moins fatigués le lundi », assure la préfète de l’établissement, qui a porté le projet.
paywall|Il vous reste 75% de cet article à découvrir.
paywall|Abonnez-vous dès 1 € le premier mois
paywall|Déjà abonné ? Connectez-vous
teaser-list|Les plus lus
teaser-list|Spa : le Pouhon rouvre au public après rénovation
teaser-list|il y a 4 heures
teaser-list|Eupen : un nouveau parking relais près de la gare
teaser-list|il y a 6 heures
newsletter|Recevez chaque matin l’essentiel de l’actu liégeoise
newsletter|S’inscrire à la newsletter
footer|Mentions légales | Politique cookies | Charte vie privée | Conditions générales | Nous contacter
copyright|© Le Courrier de Meuse 2025 – Éditions de la Vallée SA
"""),
]
