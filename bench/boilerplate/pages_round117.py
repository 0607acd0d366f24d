# Round 117: eight pages on four more layouts (an environmental science and conservation news site, mongabay-style;
# a Nigerian online investigative news site, sahara-reporters-style; a French business weekly, challenges-fr-style;
# a French network of local news sites, actu-fr-local-style), written blind:
# without looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented
# text; no real article is copied.
ROUND117 = [
 dict(id="mongabay-style-1", site="mongabay-style", lang="en", sep="\n", title="Shrimp ponds creep back into restored mangroves on Sumatra's east coast, study finds", date="2026-03-04", page="""
skip-link|Skip to content
lang-switch|English
lang-switch|Español
lang-switch|Français
lang-switch|Indonesia
lang-switch|Brasil
lang-switch|India
lang-switch|हिंदी
lang-switch|日本語
menu|Ecobay
menu|Environmental science and conservation news from the frontlines
menu|Newsroom
menu|Specials
menu|Podcast
menu|Videos
menu|Impact
menu|About
donate|Donate
newsletter|Subscribe
search|Search
section-label|Ecobay Series: Coastal Resilience
section-label|Conservation news
h1|Shrimp ponds creep back into restored mangroves on Sumatra's east coast, study finds
byline|by Ayu Lestari on 4 March 2026
share|Share this article
share|Facebook
share|X (Twitter)
share|LinkedIn
share|WhatsApp
share|Reddit
share|Email
translate|Translate article
translate|Original article
li|Nearly a third of the mangrove area replanted along North Sumatra's east coast between 2016 and 2021 has been cleared again, most of it for shrimp and milkfish ponds, a new satellite study shows.
li|Researchers found that sites planted without the agreement of the families who held the ponds were far more likely to be reconverted than those where villagers helped choose the location.
li|Local officials say the province's restoration targets are still being met on paper, but conservationists warn that counting seedlings planted gives a misleading picture of how much forest survives.
save|Save
print|Print
p|LANGKAT, Indonesia — From the air, the coastline of Langkat district looks like a patchwork quilt. Neat rectangles of brown water, each a shrimp pond, are stitched together by thin green lines of mangroves that cling to the dikes between them.
p|Just five years ago, several of those rectangles were meant to be forest. Between 2016 and 2021, government agencies, companies and nonprofit groups planted millions of mangrove seedlings along North Sumatra's east coast, part of a national push to restore 600,000 hectares of mangroves by the end of the decade.
p|A study published last month in the journal Coastal Ecosystems and Society suggests much of that effort has quietly been undone. Using high-resolution satellite imagery, researchers from Universitas Sumatera Utara and a Dutch university mapped 1,870 hectares of replanted mangroves and found that 31% had been cleared again by the end of 2025.
caption|Shrimp ponds cut into a mangrove belt in Langkat district, North Sumatra. Image by Ayu Lestari/Ecobay.
p|"The seedlings were planted, the photos were taken, the reports were written," said Rizki Harahap, a coastal ecologist and the study's lead author. "But in many places nobody asked who was using that land, and the ponds simply came back."
h2|Who owns the mud?
p|Most of the reconverted areas were on tidal land that local families had used for aquaculture for decades, often without formal title. When planting programs arrived, the study found, they tended to target abandoned or low-yielding ponds that looked empty on maps but were still claimed.
p|Where villagers were involved in choosing planting sites and given a share of the income from crab or honey harvested in the restored forest, only 9% of the replanted area had been lost. Where planting was organized from outside, the figure rose to 44%.
read-also|See related: Indonesia's mangrove restoration drive hits its target, but are the trees surviving?
p|Samsul Bahri, who farms shrimp in a village near Pangkalan Susu, remembers the day a company's volunteers arrived by boat with seedlings. "They planted in my pond while I was at the market," he told Ecobay. "I waited one season. The trees did not give me anything to eat, so I pulled them out."
p|Provincial forestry officials dispute the study's framing. Lina Sitompul, who heads the coastal rehabilitation unit at the North Sumatra forestry agency, said the province had exceeded its planting targets and that some losses were to be expected from storms, pests and erosion.
p|"We are not denying that some ponds were reopened," she said. "But it is not fair to count every lost hectare as a failure of the program. Mangroves die for many reasons."
podcast|Related listening from Ecobay's podcast: Why planting trees is the easy part of restoration. Listen here:
podcast|Ecobay Newscast
podcast|0:00 / 38:12
h2|Counting trees, not forests
p|The study adds to a growing body of research questioning how restoration success is measured. Most programs in Indonesia report the number of seedlings planted or hectares covered, rather than how many trees are still standing years later.
p|Harahap and his colleagues recommend that funders require survival monitoring for at least five years after planting, and that agreements with pond holders be signed before any seedlings go in the ground. They also call for restoration to be combined with support for so-called silvofishery, in which ponds are kept but ringed and partly shaded by mangroves.
caption|A woman collects mud crabs in a restored mangrove stand near Tanjung Pura. Crabs, honey and firewood can give families a reason to keep the forest standing. Image courtesy of Yayasan Pesisir Lestari.
p|Mangroves store up to four times more carbon per hectare than most tropical forests on land, much of it in their waterlogged soils, and they protect coastlines from storm surges and erosion. Indonesia holds about a fifth of the world's mangroves, but it has lost hundreds of thousands of hectares since the 1980s, largely to aquaculture.
p|For Samsul, the question is simpler. "If the forest pays, I will keep the forest," he said. "If the pond pays, I will keep the pond."
caption|Banner image: Replanted mangrove seedlings in Langkat district, North Sumatra. Image by Ayu Lestari/Ecobay.
h2|Citations:
p|Harahap, R., van der Meer, J., & Siregar, D. (2026). Reconversion of restored mangroves to aquaculture along the east coast of North Sumatra, Indonesia. Coastal Ecosystems and Society, 14(2), 211-229.
feedback|FEEDBACK: Use this form to send a message to the author of this post. If you want to post a public comment, you can do that at the bottom of the page.
editor-line|Article published by Hannah Ferris
tags|Aquaculture, Blue Carbon, Coastal Ecosystems, Conservation, Environment, Fishing, Mangroves, Restoration, Shrimp Farming, Wetlands
print|PRINT
donate|Ecobay is a nonprofit news organization. Our reporting is free for everyone, thanks to readers like you.
donate|Support independent environmental journalism
donate|Donate now
comments|Comments
comments|0 Comments
comments|Log in to join the discussion
related|Related articles
related|Mangrove carbon credits boom in Indonesia, but who gets paid?
related|Ayu Lestari 12 Jan 2026
related|In Bangladesh's Sundarbans, a village bets on crabs instead of shrimp
related|Dhruv Rao 3 Feb 2026
related|Scientists map the world's mangrove losses, and find a surprising bright spot
related|Ecobay 18 Nov 2025
teaser-list|Latest news
teaser-list|Drone surveys find more orangutan nests than expected in a logged Borneo forest
teaser-list|5 hours ago
teaser-list|Brazil's new ranching rules draw fire from Indigenous leaders
teaser-list|9 hours ago
teaser-list|Podcast: The fishers fighting deep-sea mining off Papua New Guinea
teaser-list|1 day ago
newsletter|Free and open access to credible information
newsletter|Sign up for our newsletter
newsletter|Enter your email
newsletter|Sign up
footer|Ecobay
footer|Ecobay is a U.S.-based nonprofit conservation and environmental science news platform. Our EIN or tax ID is 00-0000000.
footer|About
footer|Contact
footer|Submissions
footer|Careers
footer|Privacy Policy
footer|Terms of Use
footer|Syndication
cookie|This website uses cookies. By continuing to use the site you agree to our privacy policy. Accept
copyright|© 2026 Ecobay.org. All rights reserved.
"""),
 dict(id="mongabay-style-2", site="mongabay-style", lang="en", sep="\n", title="Indigenous patrols map 40 illegal gold mining camps along a Peruvian Amazon river", date="2026-05-19", page="""
skip-link|Skip to content
donate|Help us tell the stories that matter for the planet. Donate today
lang-switch|English
lang-switch|Español
lang-switch|Français
lang-switch|Indonesia
lang-switch|Brasil
lang-switch|India
lang-switch|हिंदी
lang-switch|日本語
menu|Ecobay
menu|Environmental science and conservation news from the frontlines
menu|Newsroom
menu|Specials
menu|Podcast
menu|Videos
menu|Impact
menu|About
donate|Donate
newsletter|Subscribe
search|Search
section-label|Ecobay Series: Amazon Conservation
section-label|Environmental news
h1|Indigenous patrols map 40 illegal gold mining camps along a Peruvian Amazon river
byline|by Carla Ríos Mendoza on 19 May 2026
share|Share this article
share|Facebook
share|X (Twitter)
share|LinkedIn
share|WhatsApp
share|Reddit
share|Email
translate|Translate article
translate|Original article
li|Over twelve months, forest monitors from four Indigenous communities documented 40 active illegal gold mining camps along the upper Nanay River in Peru's Loreto region, using drones and smartphones.
li|Their data, shared with prosecutors, led to two police operations in which dredges were destroyed, but monitors say most camps reopened within weeks.
li|Water samples taken near the camps showed mercury levels above Peru's legal limit for drinking water, raising concerns for communities that depend on the river for fish.
save|Save
print|Print
p|Before dawn, Julio Arirama pushes a wooden canoe into the brown water of the Nanay River and starts the small outboard motor. In a dry bag at his feet are a drone, two spare batteries, a GPS unit and a notebook wrapped in plastic.
p|Arirama, 34, is one of 22 forest monitors from four Indigenous communities on the upper Nanay, in Peru's northern Loreto region. For the past year, they have patrolled the river and its tributaries looking for the floating dredges and rafts that illegal gold miners use to suck up sediment from the riverbed.
p|What they found surprised even them. Between April 2025 and March 2026, the monitors documented 40 active mining camps, some with as many as six dredges, according to a report the communities presented in Iquitos last week.
caption|A mining dredge photographed by Indigenous monitors on a tributary of the Nanay River in February 2026. Image courtesy of the Nanay Indigenous monitoring program.
p|"Before, when we said there were miners, nobody believed us," Arirama said. "Now we have the coordinates, the photos, the dates. They cannot say we are inventing it."
h2|From notebooks to prosecutors
p|The monitoring program was set up in 2024 with support from a regional Indigenous federation and a nonprofit that trains communities to use drones and mapping apps. Each sighting is logged with a geotagged photo and uploaded when the patrol returns to a village with a signal.
p|The data has been shared with Peru's environmental prosecutors' office, which used it to plan two police operations in late 2025. Officers destroyed nine dredges and seized fuel and mercury, according to a statement from the prosecutors.
p|But the monitors say the effect did not last. Within weeks, they recorded new dredges at 11 of the 14 sites that had been raided.
read-also|Read more: Mercury from illegal mining is turning up in Amazon fish far from the mines, study shows
p|A spokesperson for the prosecutors' office in Loreto acknowledged the problem, saying the office had only a handful of staff and no boats of its own to cover thousands of kilometers of rivers. "The communities' information is very valuable," the spokesperson said. "What we lack is the capacity to be there all the time."
h2|Mercury in the water
p|The monitors also collected water samples near eight of the camps, which were analyzed by a university laboratory in Iquitos. Five of the samples contained mercury above the limit set by Peru for drinking water.
p|Miners use mercury to bind fine gold particles, and much of it ends up in rivers, where it can build up in fish. Communities on the upper Nanay eat fish almost every day.
p|"We are worried about the children and the pregnant women," said Rosa Pacaya, a health promoter in one of the communities. "People ask me if they can still eat the fish. I don't know what to tell them."
p|The communities are asking for:
li|a permanent police and navy post on the upper Nanay;
li|free mercury testing for residents, starting with children and pregnant women;
li|formal recognition of their monitors by the regional government, so that they can be protected when they report threats.
p|Several monitors say they have received threats from people linked to the mining camps. In January, a group of men fired shots into the air when a patrol approached a dredge, according to the report.
caption|Forest monitor Julio Arirama prepares a drone for a patrol on the Nanay River. Image by Carla Ríos Mendoza/Ecobay.
p|Arirama says the patrols will continue. "This river is our market, our pharmacy, our road," he said. "If we don't watch it, nobody will."
signature|This story was reported by Ecobay's Latin America team and first published here on our Spanish site on May 12, 2026.
caption|Banner image: The Nanay River near the community of Santa María, Loreto, Peru. Image by Carla Ríos Mendoza/Ecobay.
feedback|FEEDBACK: Use this form to send a message to the author of this post. If you want to post a public comment, you can do that at the bottom of the page.
editor-line|Article published by Marcos Valdivia
tags|Amazon Mining, Drones, Environmental Crime, Forests, Gold Mining, Illegal Mining, Indigenous Communities, Indigenous Peoples, Mercury, Rivers, Technology And Conservation
print|PRINT
donate|Ecobay is a nonprofit news organization. Our reporting is free for everyone, thanks to readers like you.
donate|Support independent environmental journalism
donate|Donate now
comments|Comments
comments|2 Comments
comments|Log in to join the discussion
related|Related articles
related|Peru's Amazon gold rush moves north as prices hit record highs
related|Ecobay 2 Apr 2026
related|Indigenous guards in Ecuador use phones and drones to defend their forest
related|Isabel Torres 21 Feb 2026
related|How a drone became a community's best weapon against loggers
related|Carla Ríos Mendoza 9 Oct 2025
video|Ecobay Videos
video|Watch: On patrol with the river guardians of the Nanay
video|6:48
teaser-list|Latest news
teaser-list|Kenya's new marine park was declared on paper. Fishers say nothing changed
teaser-list|3 hours ago
teaser-list|Snow leopard sightings rise in Nepal's Dolpa, camera traps show
teaser-list|7 hours ago
teaser-list|Commentary: Carbon markets need Indigenous consent, not just consultation
teaser-list|1 day ago
newsletter|Free and open access to credible information
newsletter|Sign up for our newsletter
newsletter|Enter your email
newsletter|Sign up
footer|Ecobay
footer|Ecobay is a U.S.-based nonprofit conservation and environmental science news platform. Our EIN or tax ID is 00-0000000.
footer|About
footer|Contact
footer|Submissions
footer|Careers
footer|Privacy Policy
footer|Terms of Use
footer|Syndication
copyright|© 2026 Ecobay.org. All rights reserved.
"""),
 dict(id="sahara-reporters-style-1", site="sahara-reporters-style", lang="en", sep="\n", title="Retirees Block Osun Government Secretariat Over 14 Months Of Unpaid Pensions, Police Fire Teargas", date="2026-04-21", page="""
timestamp|Tuesday, April 21, 2026
social|Facebook X Instagram YouTube TikTok
tip|Report A Story
donate|Donate
account|Login
menu|HarmattanReporters
menu|Report Yourself
menu|Home
menu|News
menu|Politics
menu|Investigations
menu|Opinion
menu|Metro
menu|Human Rights
menu|Business
menu|Sports
menu|Entertainment
watch|Harmattan TV
search|Search
breaking|BREAKING NEWS
breaking|Court Remands Ex-Bank MD Over N4.2bn Fraud Charges
breaking|Gunmen Abduct Catholic Priest In Enugu Community
ad|Advertisement
section-label|Human Rights
h1|Retirees Block Osun Government Secretariat Over 14 Months Of Unpaid Pensions, Police Fire Teargas
byline|By HarmattanReporters, New York
dateline|Apr 21, 2026
share|Share
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|Email
caption|Retirees at the Osun State Government Secretariat, Abere, on Tuesday.
credit|Photo: HarmattanReporters
p|Scores of retired civil servants on Tuesday blocked the main gate of the Osun State Government Secretariat in Abere, Osogbo, protesting the non-payment of their pensions for 14 months.
p|The protesters, many of them elderly and some with walking sticks, sat on the road leading into the secretariat from as early as 7 am, preventing workers and official vehicles from entering the complex.
p|HarmattanReporters gathered that policemen later fired teargas canisters to disperse the crowd, leaving at least three of the pensioners unconscious.
ad|Advertisement
p|One of the protesters, a retired headmaster who gave his name as Mr Gbadebo Olaniyan, told HarmattanReporters that many of his colleagues had died while waiting for their money.
p|"I served this state for 35 years. Since February last year, I have not received one kobo of my pension. We have buried more than 40 of our members in this period. Is this how to reward people who served their state?" he said.
p|Another retiree, Mrs Abosede Fakunle, said she had been forced to depend on her children to pay for her hypertension drugs.
p|"We are not beggars. This is our money. The government keeps telling us the money is coming, coming. We are tired," she said.
embed|Pensioners in Osogbo this morning. Police are now firing teargas at old men and women demanding their pensions. This is a shame. pic.twitter.com/kX7Rt2LmQp
embed|— Osun Civic Watch (@OsunCivicWatch) April 21, 2026
ad|Advertisement
h2|Government Blames Backlog
p|Reacting, the Commissioner for Information in the state, Mr Adewale Ogunyemi, said the government had paid "a substantial part" of the arrears inherited from the previous administration and was working to clear the rest.
p|He said, "The government is not insensitive to the plight of our senior citizens. We have set up a committee to verify the records because we found many ghost names on the pension payroll. Once the verification is concluded, payment will resume."
p|The commissioner denied that police used teargas on the pensioners, saying officers only "managed the crowd" to allow movement into the secretariat.
p|However, videos seen by HarmattanReporters showed thick smoke around the gate and protesters running and covering their faces.
read-also|ALSO READ: Osun Workers Threaten Strike Over Unpaid Salary Arrears, Deductions
p|The chairman of the Nigeria Union of Pensioners in the state, Comrade Kehinde Adio, said the union would continue the protest daily until the government released a clear payment schedule.
p|"We have written letters, we have held meetings, we have begged. Nothing. From tomorrow, we will come back with our wives and our grandchildren," he said.
p|HarmattanReporters had in January reported how retirees in several states across the country were owed pensions and gratuities running into billions of naira despite increased federal allocations to states since the removal of fuel subsidy.
p|As of the time of filing this report, the pensioners were still at the secretariat gate.
tags|Topics
tags|Human Rights
tags|Osun
tags|Pensions
tags|Protest
tags|Police
whatsapp|Join Our WhatsApp Channel For Latest News And Updates
tip|Got a story? Send it to us in confidence via stories@harmattanreporters.com
donate|PLEASE SUPPORT HARMATTANREPORTERS. We are a nonprofit fighting corruption and impunity in Nigeria. Donate to keep our journalism free.
donate|Donate Now
ad|Advertisement
comments|What do you think?
comments|0 Responses
comments|Upvote
comments|Funny
comments|Love
comments|Surprised
comments|Angry
comments|Sad
comments|0 Comments
comments|Login
comments|Sort by Best
comments|Start the discussion
comments|Be the first to comment.
related|Related News
related|Ondo Retirees Storm Assembly, Demand Payment Of N18bn Gratuity Arrears
related|2 days ago
related|Pensioners Collapse At Verification Exercise In Ekiti Due To Heat, Long Wait
related|1 week ago
related|Police Arrest Journalists Covering Protest In Ilorin, Seize Phones
related|3 weeks ago
most-read|Popular
most-read|Senator Threatens To Sue Over Report On N600m Constituency Project
most-read|EXCLUSIVE: How Customs Officers Extort Traders At Seme Border With Fake Duty Receipts
most-read|Lagos Task Force Demolishes Market Stalls At Night, Traders Count Losses
watch|Harmattan TV
watch|WATCH: Students Protest Fee Hike At State University
watch|03:24
footer|HarmattanReporters
footer|About Us
footer|Contact Us
footer|Donate
footer|Advertise With Us
footer|Privacy Policy
footer|Terms Of Use
footer|Report A Story
social|Follow us on X, Facebook and Instagram
copyright|Copyright © 2026 HarmattanReporters, Inc. All rights reserved.
"""),
 dict(id="sahara-reporters-style-2", site="sahara-reporters-style", lang="en", sep="\n", title="EFCC Detains Former Kogi Council Chairman Over Alleged N2.3bn Fraud", date="2026-07-08", page="""
timestamp|Wednesday, July 8, 2026
social|Facebook X Instagram YouTube TikTok
tip|Report A Story
donate|Donate
account|Login
menu|HarmattanReporters
menu|Report Yourself
menu|Home
menu|News
menu|Politics
menu|Investigations
menu|Opinion
menu|Metro
menu|Human Rights
menu|Business
menu|Sports
menu|Entertainment
watch|Harmattan TV
search|Search
breaking|BREAKING NEWS
breaking|Tanker Explosion Kills Seven Along Benin-Ore Expressway
breaking|NLC Gives FG Seven-Day Ultimatum Over New Minimum Wage Review
ad|Advertisement
ad|Download the new app and get news alerts first. Install
section-label|Corruption
h1|EFCC Detains Former Kogi Council Chairman Over Alleged N2.3bn Fraud
byline|By HarmattanReporters, New York
dateline|Jul 08, 2026
share|Share
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|Email
p|The Economic and Financial Crimes Commission (EFCC) has detained a former chairman of Ajaokuta-Ikeji Local Government Area of Kogi State, Alhaji Musa Danladi Onoja, over an alleged N2.3 billion fraud.
p|HarmattanReporters learnt that Onoja was picked up at his residence in Lokoja on Monday evening by operatives of the commission and moved to the EFCC zonal office in Abuja, where he has been held since.
p|A source at the commission, who spoke on condition of anonymity because he was not authorised to speak on the matter, told HarmattanReporters that the former chairman was being questioned over funds meant for rural roads, primary health centres and the payment of primary school teachers' salaries between 2021 and 2024.
ad|Advertisement
p|"He is being investigated for diversion of public funds, contract inflation and money laundering. Some of the contracts were awarded to companies linked to his relatives and aides. In some cases, no work was done at all, but full payment was made," the source said.
p|According to the source, the commission traced part of the funds to the purchase of three houses in Abuja and a filling station in Lokoja.
h2|Teachers Went Unpaid
p|HarmattanReporters had in 2024 reported that primary school teachers in the council area were owed up to nine months' salaries, forcing many schools to shut down while pupils stayed at home.
p|A teacher in one of the affected schools, who asked not to be named for fear of victimisation, said on Wednesday that he was not surprised by the arrest.
p|"We were told there was no money. Meanwhile, we saw new cars and new houses. Many of our colleagues died without receiving their arrears. We want the money to be recovered and paid to us," he said.
read-also|READ ALSO: Court Orders Forfeiture Of Four Abuja Properties Linked To Ex-Council Boss
ad|Advertisement
p|Community leaders in the area also alleged that several road projects inaugurated during Onoja's tenure were either abandoned or never started.
p|Among the projects the EFCC is said to be looking into are:
li|the 14-kilometre Ikeji-Obangede rural road, for which N640 million was allegedly paid;
li|six primary health centres listed as completed but which residents say do not exist;
li|a N310 million contract for the supply of school furniture.
p|When contacted, the spokesperson of the EFCC, Mr Dele Oyewale, confirmed that the former chairman was in the commission's custody but declined to give further details, saying investigation was ongoing.
p|Efforts to reach Onoja's lawyer were unsuccessful as calls to his phone were not answered and a text message sent to him had not been replied to as of the time of filing this report.
p|Civil society groups in Kogi have in recent months called on anti-graft agencies to probe local government finances in the state, alleging that funds from the federation account were being diverted before getting to the councils.
p|More details later...
tags|Topics
tags|Corruption
tags|EFCC
tags|Kogi
tags|Local Government
whatsapp|Join Our WhatsApp Channel For Latest News And Updates
tip|Got a story? Send it to us in confidence via stories@harmattanreporters.com
donate|PLEASE SUPPORT HARMATTANREPORTERS. We are a nonprofit fighting corruption and impunity in Nigeria. Donate to keep our journalism free.
donate|Donate Now
ad|Advertisement
comments|What do you think?
comments|4 Responses
comments|Upvote
comments|Funny
comments|Love
comments|Surprised
comments|Angry
comments|Sad
comments|12 Comments
comments|Login
comments|Sort by Best
comments|Adebayo_K 3 hours ago
comments|Let them recover everything and pay those teachers. Enough is enough.
comments|Reply
comments|Share
related|Related News
related|Kogi Teachers Begin Indefinite Strike Over Nine Months' Salary Arrears
related|2 years ago
related|EXCLUSIVE: How Council Funds Were Diverted Through Fake Contractors In North-Central States
related|5 months ago
related|EFCC Arraigns Ex-Commissioner Over N1.1bn Water Project Fraud
related|2 weeks ago
most-read|Popular
most-read|Army Confirms Death Of Soldiers In Ambush Along Borno Highway
most-read|Students Stranded As Varsity Shuts Hostels Over Unpaid Electricity Bills
most-read|Ex-Governor's Aide Arrested With Cash At Abuja Airport
watch|Harmattan TV
watch|WATCH: Residents Lament As Erosion Swallows Homes In Anambra Community
watch|05:10
footer|HarmattanReporters
footer|About Us
footer|Contact Us
footer|Donate
footer|Advertise With Us
footer|Privacy Policy
footer|Terms Of Use
footer|Report A Story
social|Follow us on X, Facebook and Instagram
copyright|Copyright © 2026 HarmattanReporters, Inc. All rights reserved.
"""),
 dict(id="challenges-fr-style-1", site="challenges-fr-style", lang="fr", sep="\n", title="Thermoval va supprimer 420 postes en Alsace, victime du coup de frein sur les pompes à chaleur", date="2026-01-22", page="""
skip-link|Aller au contenu
skip-link|Aller à la navigation
menu|Défis
menu|L'hebdo de l'économie
account|Se connecter
subscribe|S'abonner
subscribe|1€ le premier mois
epaper|Le magazine
menu|Économie
menu|Entreprise
menu|Finance & Marchés
menu|Politique
menu|Patrimoine
menu|Immobilier
menu|Automobile
menu|High-tech
menu|Luxe
menu|Classements
menu|Podcasts
search|Rechercher
ticker|CAC 40 7 918,42 +0,37 %
ticker|DAX 21 304,10 -0,12 %
ticker|EUR/USD 1,0842
ticker|Brent 69,15 $
breadcrumb|Accueil
breadcrumb|Entreprise
breadcrumb|Industrie
section-label|Industrie
h1|Thermoval va supprimer 420 postes en Alsace, victime du coup de frein sur les pompes à chaleur
lead|Le fabricant alsacien, champion français des pompes à chaleur, annonce un plan social et la fermeture d'une ligne de production à Sélestat. La direction pointe l'effondrement des aides à la rénovation et la concurrence asiatique.
byline|Par Mathilde Kessler
dateline|Publié le 22 janvier 2026 à 07h15
dateline|Mis à jour le 22 janvier 2026 à 11h42
reading-time|Lecture 4 min.
share|Partager
share|Facebook
share|X
share|LinkedIn
share|Copier le lien
save|Ajouter à mes favoris
gift|Offrir cet article
paywall|Article réservé aux abonnés
caption|Le site de production de Thermoval à Sélestat (Bas-Rhin), en 2023.
credit|MAXPPP
p|Le réveil est brutal pour l'industrie française de la pompe à chaleur. Thermoval, l'un des principaux fabricants hexagonaux, a présenté mercredi soir à ses représentants du personnel un plan de réorganisation prévoyant la suppression de 420 postes sur les 1 650 que compte le groupe en Alsace, selon des informations confirmées par la direction.
p|Le plan prévoit l'arrêt d'une des deux lignes d'assemblage de l'usine de Sélestat, qui produisait des pompes à chaleur air-eau destinées aux maisons individuelles, et le regroupement d'une partie des fonctions support au siège de Colmar. Des départs volontaires seront proposés en priorité, a précisé l'entreprise.
p|« Nous avons dimensionné notre outil industriel pour un marché qui devait croître de 20 % par an. Il a reculé de près de 30 % en deux ans », justifie son président, Olivier Brenner, dans un entretien à Défis. « Nous ne pouvons pas continuer à produire pour des stocks. »
ad|Publicité
h2|MaPrimeRénov' dans le viseur
p|Pour la direction, la cause principale de ce retournement est à chercher du côté des pouvoirs publics. Les coupes successives dans le budget de MaPrimeRénov', puis la suspension temporaire du guichet pour les rénovations d'ampleur à l'été 2025, ont gelé une partie des projets des ménages. Les installateurs, qui avaient gonflé leurs stocks, ont cessé de commander.
p|La concurrence s'est aussi durcie. Les fabricants chinois et coréens, arrivés en force sur le marché européen avec des produits 20 à 30 % moins chers, ont profité de la baisse de la demande pour tailler dans leurs prix. « Sur l'entrée de gamme, nous ne sommes plus compétitifs », reconnaît un cadre de l'entreprise.
read-also|LIRE AUSSI Rénovation énergétique : le gouvernement promet un MaPrimeRénov' « stable » jusqu'en 2027
p|Thermoval n'est pas un cas isolé. Plusieurs acteurs européens du secteur ont annoncé ces derniers mois des réductions d'effectifs ou des mises au chômage partiel, et la filière estime que le parc installé en France a progressé deux fois moins vite que prévu par la programmation énergétique.
ad|Publicité
ad|Contenu proposé par notre partenaire - Placements : comment profiter de la baisse des taux en 2026 ?
h2|Les syndicats dénoncent un « gâchis »
p|Du côté des salariés, l'annonce passe mal. L'entreprise avait bénéficié en 2023 d'une aide publique de 18 millions d'euros au titre du plan France 2030 pour doubler ses capacités de production. « On nous a demandé d'embaucher, de former, de passer en trois-huit. Deux ans après, on nous explique qu'il faut fermer une ligne. C'est un gâchis », fulmine un délégué syndical.
p|Les organisations syndicales réclament le remboursement des aides publiques si le plan est maintenu en l'état. Le ministère de l'Industrie a fait savoir qu'il suivrait le dossier « avec la plus grande attention » et qu'il demanderait des garanties sur le maintien de l'activité à Sélestat.
p|La direction assure que le site n'est pas menacé de fermeture et qu'elle mise sur les pompes à chaleur de grande puissance pour le tertiaire et les réseaux de chaleur, un segment où la concurrence asiatique reste limitée. Une nouvelle gamme doit être lancée à l'automne.
p|Reste à savoir si ce repositionnement suffira. Le groupe, contrôlé par un fonds d'investissement depuis 2021, a vu son chiffre d'affaires reculer à 410 millions d'euros en 2025, contre 560 millions deux ans plus tôt, et affiche une perte opérationnelle pour la première fois depuis dix ans.
tags|Sujets associés
tags|Industrie
tags|Emploi
tags|Pompes à chaleur
tags|Rénovation énergétique
tags|Alsace
newsletter|Newsletter Défis Matin
newsletter|L'essentiel de l'actualité économique chaque matin dans votre boîte mail
newsletter|Votre adresse e-mail
newsletter|S'inscrire
newsletter|Vos données sont traitées par Défis SA. Pour en savoir plus et exercer vos droits, consultez notre politique de confidentialité.
comments|Commentaires
comments|Vous devez être abonné pour réagir.
comments|Se connecter
related|Dans la même rubrique
related|Automobile : l'équipementier Valmont annonce 900 suppressions de postes en Europe
related|Il y a 2 jours
related|Chimie : la plateforme de Roussillon cherche un repreneur
related|Le 15/01/2026
most-read|Les plus lus
most-read|1
most-read|Classement : les 50 patrons les mieux payés de France en 2025
most-read|2
most-read|Immobilier : les prix repartent à la hausse dans sept grandes villes
most-read|3
most-read|Retraites : ce que change la nouvelle indexation pour les pensions
epaper|Le magazine de la semaine
epaper|N°902 - Du 22 au 28 janvier 2026
epaper|Les entreprises où il fait bon travailler en 2026
epaper|Lire le magazine
footer|Défis
footer|Qui sommes-nous
footer|Contact
footer|Publicité
footer|Mentions légales
footer|CGU
footer|CGV
footer|Politique de confidentialité
footer|Gestion des cookies
footer|Plan du site
copyright|© Défis 2026 - Toute reproduction interdite
"""),
 dict(id="challenges-fr-style-2", site="challenges-fr-style", lang="fr", sep="\n", title="Assurance-vie : une collecte record de 34 milliards d'euros en 2025, les unités de compte à la fête", date="2026-02-05", page="""
skip-link|Aller au contenu
skip-link|Aller à la navigation
menu|Défis
menu|L'hebdo de l'économie
account|Se connecter
subscribe|S'abonner
subscribe|1€ le premier mois
epaper|Le magazine
menu|Économie
menu|Entreprise
menu|Finance & Marchés
menu|Politique
menu|Patrimoine
menu|Immobilier
menu|Automobile
menu|High-tech
menu|Luxe
menu|Classements
menu|Podcasts
search|Rechercher
ticker|CAC 40 8 012,77 +0,81 %
ticker|DAX 21 588,30 +0,64 %
ticker|EUR/USD 1,0791
ticker|Or 2 894,20 $
breadcrumb|Accueil
breadcrumb|Patrimoine
breadcrumb|Placements
section-label|Placements
h1|Assurance-vie : une collecte record de 34 milliards d'euros en 2025, les unités de compte à la fête
lead|Les Français n'ont jamais autant placé sur leurs contrats d'assurance-vie. Mais derrière ce record, la part des fonds en euros recule nettement au profit des supports plus risqués.
byline|Par Antoine Delcourt
dateline|Publié le 5 février 2026 à 16h30
reading-time|Lecture 3 min.
share|Partager
share|Facebook
share|X
share|LinkedIn
share|Copier le lien
save|Ajouter à mes favoris
gift|Offrir cet article
listen|Écouter cet article
listen|Généré par une voix de synthèse
listen|03:41
caption|L'assurance-vie reste le placement préféré des Français, avec plus de 2 000 milliards d'euros d'encours.
credit|(Crédit : Getty Images/iStockphoto)
p|L'assurance-vie a signé en 2025 une année historique. Selon les chiffres publiés jeudi par France Assureurs, la fédération professionnelle du secteur, la collecte nette, c'est-à-dire la différence entre les versements et les retraits, a atteint 34 milliards d'euros sur l'ensemble de l'année, un niveau jamais observé depuis que la série existe.
p|Les cotisations ont progressé de 9 % sur un an, à 187 milliards d'euros, tandis que les prestations versées aux assurés sont restées stables. L'encours total des contrats atteint désormais 2 060 milliards d'euros.
h2|Le fonds en euros perd du terrain
p|Ce record tient d'abord à la baisse des taux du livret A et des autres placements réglementés, qui a poussé les épargnants à chercher un meilleur rendement ailleurs. Avec un taux du livret A ramené à 1,7 % en 2025, le fonds en euros, dont la rémunération moyenne a atteint 2,6 % selon les premières estimations, est redevenu compétitif.
p|Mais c'est surtout du côté des unités de compte, ces supports investis en actions, obligations ou immobilier, sans garantie du capital, que l'appétit des épargnants s'est manifesté. Elles ont représenté 42 % des versements de l'année, contre 38 % en 2024.
read-also|À LIRE AUSSI Livret A : pourquoi son taux pourrait encore baisser en août
p|« Les marchés actions ont bien performé, les fonds obligataires offrent de nouveau des rendements intéressants et les réseaux bancaires poussent davantage ces supports. Tous les ingrédients étaient réunis », analyse Claire Vautrin, directrice de la recherche chez un courtier en ligne.
ad|Publicité
h2|Ce qu'il faut surveiller en 2026
p|Les professionnels se montrent prudents pour l'année qui commence. Plusieurs facteurs pourraient peser sur la collecte :
li|la poursuite de la baisse des taux directeurs de la Banque centrale européenne, qui rognerait le rendement des fonds en euros ;
li|les débats budgétaires sur la fiscalité de l'épargne, qui inquiètent une partie des épargnants les plus aisés ;
li|la concurrence du plan d'épargne retraite (PER), dont les versements restent déductibles du revenu imposable.
p|Les assureurs, eux, se félicitent d'un afflux de liquidités qui leur permet de réinvestir à des taux plus élevés qu'il y a quelques années et de reconstituer leurs réserves. La provision pour participation aux excédents, ce coussin constitué lors des bonnes années, a toutefois été largement entamée pour maintenir les rendements servis.
p|« L'assurance-vie a démontré sa capacité d'adaptation, mais les épargnants doivent garder en tête que les unités de compte comportent un risque de perte en capital », rappelle un dirigeant de bancassureur.
signature|Avec AFP
paywall|Cet article vous est offert. Pour lire tous nos contenus sans limite, abonnez-vous à partir de 1€ le premier mois.
subscribe|Je m'abonne
tags|Sujets associés
tags|Assurance-vie
tags|Épargne
tags|Livret A
tags|Placements
newsletter|Newsletter Défis Patrimoine
newsletter|Chaque semaine, nos conseils pour gérer votre argent
newsletter|Votre adresse e-mail
newsletter|S'inscrire
newsletter|Vos données sont traitées par Défis SA. Pour en savoir plus et exercer vos droits, consultez notre politique de confidentialité.
sponsored|Contenus sponsorisés
sponsored|SCPI : le rendement moyen reste supérieur à 4,5 %, découvrez notre sélection
sponsored|Retraite : cet outil gratuit calcule ce qu'il vous manque chaque mois
related|Dans la même rubrique
related|PER : les versements déductibles en hausse de 15 % en 2025
related|Il y a 3 jours
related|Successions : les notaires alertent sur la hausse des donations anticipées
related|Le 28/01/2026
most-read|Les plus lus
most-read|1
most-read|Classement : les 50 patrons les mieux payés de France en 2025
most-read|2
most-read|Immobilier : les prix repartent à la hausse dans sept grandes villes
most-read|3
most-read|Impôt sur le revenu : les nouvelles tranches du barème 2026
podcast|Le podcast Défis
podcast|Argent, mode d'emploi - Épisode 47 : faut-il encore investir dans la pierre ?
podcast|24 min
epaper|Le magazine de la semaine
epaper|N°904 - Du 5 au 11 février 2026
epaper|Spécial patrimoine : où placer son argent cette année
epaper|Lire le magazine
footer|Défis
footer|Qui sommes-nous
footer|Contact
footer|Publicité
footer|Mentions légales
footer|CGU
footer|CGV
footer|Politique de confidentialité
footer|Gestion des cookies
footer|Plan du site
copyright|© Défis 2026 - Toute reproduction interdite
"""),
 dict(id="actu-fr-local-style-1", site="actu-fr-local-style", lang="fr", sep="\n", title="Caen : le pont de la Fonderie fermé trois mois pour travaux, voici les déviations", date="2026-06-09", page="""
skip-link|Aller au contenu principal
menu|proxi.info
menu|Toute l'actu de votre ville
location|Choisir ma ville
location|Caen (14000)
location|Changer
account|Mon Actu
account|Se connecter
subscribe|S'abonner
menu|Actu
menu|Faits divers
menu|Politique
menu|Société
menu|Économie
menu|Sports
menu|Loisirs
menu|Culture
menu|Environnement
menu|Vidéos
region|Normandie
region|Bretagne
region|Pays de la Loire
region|Île-de-France
region|Hauts-de-France
region|Occitanie
region|Nouvelle-Aquitaine
region|Toutes les régions
breadcrumb|proxi.info
breadcrumb|Normandie
breadcrumb|Caen
section-label|Transports
h1|Caen : le pont de la Fonderie fermé trois mois pour travaux, voici les déviations
lead|À partir du lundi 15 juin 2026, le pont de la Fonderie sera fermé à la circulation automobile jusqu'à la mi-septembre. Piétons et cyclistes pourront continuer à l'emprunter.
byline|Par Julie Marchand
follow|Suivre
byline|Le Courrier de Caen
follow|Voir mon actu
follow|Suivre ce média
dateline|Publié le 9 juin 2026 à 17h45 ; mis à jour le 10 juin 2026 à 8h12
reading-time|Lecture : 3 min
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Email
share|Copier le lien
comments|Commenter
caption|Le pont de la Fonderie, à Caen, sera fermé aux voitures du 15 juin au 12 septembre 2026.
credit|©Julie Marchand / Le Courrier de Caen
p|Les automobilistes caennais vont devoir prendre leur mal en patience. Le pont de la Fonderie, qui relie le quartier Saint-Jean à la Presqu'île en enjambant l'Orne, sera fermé à la circulation des voitures du lundi 15 juin au samedi 12 septembre 2026, a annoncé la Ville de Caen mardi 9 juin.
p|Construit à la fin des années 1950, l'ouvrage doit faire l'objet d'importants travaux de rénovation : reprise de l'étanchéité, remplacement des joints de chaussée et des garde-corps, et renforcement de certaines pièces de la structure métallique, rongées par la corrosion.
ad|Publicité
p|« Les inspections menées l'an dernier ont montré que ces travaux ne pouvaient plus attendre. Nous avons choisi la période estivale, où le trafic baisse d'environ 20 %, pour limiter la gêne », explique l'adjoint au maire chargé des mobilités, Thierry Lamotte.
read-also|À lire aussi
read-also|Caen : la rue de Bernières bientôt piétonne ? La concertation est lancée
h2|Les déviations mises en place
p|Durant toute la durée du chantier, plusieurs itinéraires de substitution seront fléchés :
li|pour rejoindre la Presqu'île depuis le centre-ville, les automobilistes sont invités à passer par le pont de Vendeuvre ;
li|depuis la rive droite, la circulation sera reportée sur le boulevard Leroy et le pont Winston-Churchill ;
li|les poids lourds de plus de 3,5 tonnes seront déviés par le périphérique sud.
p|Les piétons et les cyclistes pourront toujours franchir le pont grâce à un cheminement protégé aménagé sur un côté de l'ouvrage, sauf durant deux week-ends de fermeture totale, dont les dates seront précisées ultérieurement.
video|Vidéos : en ce moment sur proxi.info
video|Normandie : la plage d'Houlgate envahie par les méduses
video|00:48
h2|Des bus déviés
p|Le réseau de transports en commun est aussi concerné. Les lignes de bus 3 et 11, qui empruntent habituellement le pont, verront leur itinéraire modifié et deux arrêts, Fonderie et Quai de Juillet, ne seront plus desservis pendant les travaux. Des arrêts provisoires seront installés sur le quai Amiral-Hamelin.
p|Le tram n'est en revanche pas affecté.
p|Le coût total du chantier est estimé à 2,4 millions d'euros, financé par la Ville de Caen et la communauté urbaine Caen la mer. Il s'inscrit dans un programme plus large d'entretien des ouvrages d'art de l'agglomération, dont une quinzaine doivent être rénovés d'ici 2030.
p|Dans le quartier, les commerçants redoutent un été difficile. « Déjà qu'avec les vacances c'est plus calme, si en plus les gens ne peuvent plus passer... », soupire la gérante d'un bar-tabac de la rue de Bayeux, qui espère que le chantier sera tenu dans les délais.
p|La Ville promet une réouverture à temps pour la rentrée scolaire, et une information en temps réel sur l'avancée des travaux sur son site internet.
mon-actu|Cet article vous a été utile ? Sachez que vous pouvez suivre Le Courrier de Caen dans l'espace Mon Actu. En un clic, après inscription, vous y retrouverez toute l'actualité de vos villes et marques favorites.
report|Signaler une erreur
tags|Caen
tags|Travaux
tags|Circulation
tags|Transports
comments|Commentaires
comments|Les commentaires sont soumis à modération. Ils doivent respecter la charte de proxi.info.
comments|Se connecter pour commenter
related|Sur le même sujet
related|Caen : les travaux du boulevard des Alliés prolongés jusqu'en juillet
related|Il y a 3 jours
related|Calvados : voici les routes fermées ce week-end pour le Tour de Normandie
related|Il y a 5 jours
most-read|Les plus lus en Normandie
most-read|1
most-read|Calvados : un homme grièvement blessé après une chute de falaise à Arromanches
most-read|2
most-read|Caen : ce restaurant emblématique de la place Saint-Sauveur ferme ses portes
most-read|3
most-read|Bac 2026 : les dates des résultats dans l'académie de Normandie
teaser-list|Dernières actualités
teaser-list|Il y a 12 min
teaser-list|Ouistreham : le ferry pour Portsmouth retardé par une grève en Angleterre
teaser-list|Il y a 41 min
teaser-list|Foot : le Stade Malherbe recrute un défenseur central
newsletter|Recevez chaque jour l'essentiel de l'actu de Caen
newsletter|Je m'inscris
epaper|Votre journal Le Courrier de Caen chaque jeudi en kiosque et en numérique
epaper|Lire le journal en version numérique
footer|proxi.info
footer|Qui sommes-nous
footer|Nous contacter
footer|Mentions légales
footer|Données personnelles
footer|CGU
footer|Gestion des cookies
footer|Publicité
notices|Annonces légales
obituary|Avis de décès
jobs|Offres d'emploi
network|Nos journaux : Le Courrier de Caen, La Voix du Bocage, L'Écho de la Touques, Le Réveil d'Avranches, La Gazette du Cotentin
copyright|© 2026 proxi.info - Groupe Presse Locale Ouest
"""),
 dict(id="actu-fr-local-style-2", site="actu-fr-local-style", lang="fr", sep="\n", title="Vire Normandie : un incendie ravage un hangar agricole, 300 bottes de paille parties en fumée", date="2026-08-14", page="""
skip-link|Aller au contenu principal
menu|proxi.info
menu|Toute l'actu de votre ville
location|Choisir ma ville
location|Vire Normandie (14500)
location|Changer
account|Mon Actu
account|Se connecter
subscribe|S'abonner
menu|Actu
menu|Faits divers
menu|Politique
menu|Société
menu|Économie
menu|Sports
menu|Loisirs
menu|Culture
menu|Environnement
menu|Vidéos
region|Normandie
region|Bretagne
region|Pays de la Loire
region|Île-de-France
region|Hauts-de-France
region|Occitanie
region|Nouvelle-Aquitaine
region|Toutes les régions
breadcrumb|proxi.info
breadcrumb|Normandie
breadcrumb|Vire Normandie
section-label|Faits divers
h1|Vire Normandie : un incendie ravage un hangar agricole, 300 bottes de paille parties en fumée
lead|Un violent incendie s'est déclaré dans la nuit du mercredi 13 au jeudi 14 août 2026 dans une exploitation agricole de Vire Normandie (Calvados). Une quarantaine de pompiers ont été mobilisés.
byline|Par Romain Lebreton
follow|Suivre
byline|La Voix du Bocage
follow|Voir mon actu
follow|Suivre ce média
dateline|Publié le 14 août 2026 à 10h27
reading-time|Lecture : 2 min
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Email
share|Copier le lien
comments|Commenter
caption|Les pompiers ont travaillé toute la nuit pour éviter la propagation des flammes aux bâtiments voisins.
credit|©SDIS 14
p|L'alerte a été donnée peu avant 2 heures du matin, jeudi 14 août 2026. Un hangar agricole de près de 800 m² a pris feu dans une exploitation laitière située sur la commune déléguée de Roullours, à Vire Normandie (Calvados).
p|À leur arrivée, les sapeurs-pompiers ont trouvé le bâtiment entièrement embrasé. Il abritait environ 300 bottes de paille et de foin, ainsi que du matériel agricole, dont une presse et une remorque.
ad|Publicité
ad|Publicité - Continuez la lecture ci-dessous
p|Une quarantaine de pompiers venus des centres de Vire, Condé-en-Normandie, Saint-Sever et Villers-Bocage ont été mobilisés, avec une dizaine d'engins. « La priorité était de protéger la stabulation voisine, où se trouvaient 90 vaches laitières, et la maison d'habitation », indique le Service départemental d'incendie et de secours (SDIS) du Calvados.
p|Les animaux ont pu être évacués vers une pâture par l'exploitant et des voisins venus lui prêter main-forte. Aucun blessé n'est à déplorer.
read-also|À lire aussi
read-also|Calvados : sécheresse, les feux de récoltes se multiplient, les pompiers appellent à la vigilance
h2|Une enquête ouverte
p|Au petit matin, le hangar n'était plus qu'un amas de tôles tordues. Les pompiers devaient rester sur place une bonne partie de la journée pour étaler et noyer les bottes de paille, qui peuvent se consumer pendant plusieurs jours.
p|Les gendarmes de la brigade de Vire se sont rendus sur les lieux. Une enquête a été ouverte pour déterminer l'origine du sinistre. À ce stade, aucune piste n'est privilégiée, même si la fermentation du foin, fréquente lorsqu'il est stocké encore humide, fait partie des hypothèses.
p|« On a tout perdu pour l'hiver. La paille, c'est la litière des bêtes, il va falloir en racheter, et les prix ont flambé avec la sécheresse », confie l'exploitant, encore sous le choc, qui a déjà reçu plusieurs propositions d'aide d'agriculteurs du secteur.
p|C'est le troisième incendie de bâtiment agricole dans le Bocage virois depuis le début de l'été. Fin juillet, un hangar contenant du matériel avait déjà brûlé à Saint-Germain-de-Tallevende, à quelques kilomètres de là. Avec la chaleur et le manque de pluie, les pompiers du Calvados enregistrent cette année une nette hausse des interventions pour des feux de fourrage ou de récoltes.
p|La chambre d'agriculture du Calvados rappelle que les éleveurs touchés par un sinistre peuvent bénéficier d'un accompagnement, notamment pour la mise en relation avec des fournisseurs de fourrage.
video|Vidéos : en ce moment sur proxi.info
video|Calvados : les images impressionnantes d'un orage de grêle sur Bayeux
video|01:12
mon-actu|Cet article vous a été utile ? Sachez que vous pouvez suivre La Voix du Bocage dans l'espace Mon Actu. En un clic, après inscription, vous y retrouverez toute l'actualité de vos villes et marques favorites.
report|Signaler une erreur
tags|Vire Normandie
tags|Faits divers
tags|Incendie
tags|Agriculture
tags|Pompiers
comments|Commentaires
comments|3 commentaires
comments|Les commentaires sont soumis à modération. Ils doivent respecter la charte de proxi.info.
comments|Michel L. - il y a 2 heures
comments|Courage à la famille. Les voisins sont là, c'est ça la campagne.
comments|Répondre
comments|Se connecter pour commenter
related|Sur le même sujet
related|Orne : un entrepôt de 2 000 m² détruit par les flammes à Flers
related|Il y a 4 jours
related|Manche : un tracteur prend feu en pleine moisson, 5 hectares de blé brûlés
related|Il y a 1 semaine
most-read|Les plus lus en Normandie
most-read|1
most-read|Vire : le festival de musique annulé au dernier moment, les spectateurs furieux
most-read|2
most-read|Calvados : la baignade interdite sur trois plages après une pollution
most-read|3
teaser-list|Vire Normandie : un incendie ravage un hangar agricole, 300 bottes de paille parties en fumée
teaser-list|Dernières actualités
teaser-list|Il y a 8 min
teaser-list|Saint-Lô : la fête du cheval attire 12 000 visiteurs
teaser-list|Il y a 27 min
teaser-list|Condé-en-Normandie : un automobiliste contrôlé à 168 km/h sur la départementale
newsletter|Recevez chaque jour l'essentiel de l'actu de Vire Normandie
newsletter|Je m'inscris
epaper|Votre journal La Voix du Bocage chaque jeudi en kiosque et en numérique
epaper|Lire le journal en version numérique
footer|proxi.info
footer|Qui sommes-nous
footer|Nous contacter
footer|Mentions légales
footer|Données personnelles
footer|CGU
footer|Gestion des cookies
footer|Publicité
notices|Annonces légales
obituary|Avis de décès
jobs|Offres d'emploi
network|Nos journaux : Le Courrier de Caen, La Voix du Bocage, L'Écho de la Touques, Le Réveil d'Avranches, La Gazette du Cotentin
copyright|© 2026 proxi.info - Groupe Presse Locale Ouest
"""),
]
