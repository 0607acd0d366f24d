# Round 118: eight pages on four more layouts (a South African weekly's news site, a pan-African business TV news
# site, a Belgian news portal, a Beninese daily), written blind: without looking at the classifier, its rules or the
# benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND118 = [
 dict(id="mail-and-guardian-za-style-1", site="mail-and-guardian-za-style", lang="en", sep="\n", title="Water tankers, not taps: Gauteng townships brace for another dry winter", date="2026-05-08", page="""
skip-link|Skip to content
account|Subscribe
account|Sign In
menu|Mail & Observer
menu|Africa's best read
timestamp|Friday, May 8, 2026
menu|News
menu|Africa
menu|Opinion
menu|Business
menu|Friday
menu|Environment
menu|Education
menu|Thought Leader
menu|Partner Content
menu|The M&O Newspaper
search|Search
epaper|This week's M&O is out. Read the digital edition
section-label|Environment
h1|Water tankers, not taps: Gauteng townships brace for another dry winter
lead|Residents of Diepsloot and Ivory Park say outages that once lasted hours now last weeks, as Johannesburg's ageing pipes buckle under rising demand and the city struggles to spend its repair budget.
byline|Lunga Mahlangu
dateline|8 May 2026
listen|Listen to this article
listen|0:00 / 7:42
share|Facebook Twitter LinkedIn WhatsApp Email Copy link
caption|Running dry: Residents of Extension 12 in Diepsloot fill containers from a municipal tanker in March. (Zinhle Mokoena/M&O)
p|At five in the morning, the queue on Moloto Street is already forty people long. Buckets, 25-litre drums and a wheelbarrow loaded with plastic bottles stand in a line that snakes past a spaza shop and a shuttered tavern. The water tanker is due at six. Sometimes it comes at nine. Sometimes it does not come at all.
p|"We were told in February that it was maintenance. Then it was a burst pipe. Now nobody tells us anything," said Nomvula Sithole, a 52-year-old domestic worker who has lived in Diepsloot since 2004. "I have to choose between washing my children and cooking."
p|For many households in the north of Johannesburg, this is the third winter in a row in which taps have run dry for days at a stretch. Residents interviewed by the M&O in Diepsloot, Ivory Park and parts of Tembisa described outages of between ten days and five weeks since January.
ad|ADVERTISEMENT
h2|A system at its limit
p|Engineers who have worked on the city's network say the problem is no longer only about supply. Rand Water can deliver the bulk water, they say, but the reservoirs and towers that feed the townships on the northern ridge are too small for the population they now serve, and the pipes leading to them lose up to 40% of what goes in.
p|"You cannot fill a bucket with a hole in it," said a civil engineer who has consulted for the municipality and asked not to be named because his contract forbids him from speaking to the media. "Every winter, demand goes up, the pressure drops, and the high-lying areas are the first to go dry."
p|The city's own figures, presented to a council committee in April, show that Johannesburg Water spent just 61% of its capital budget for infrastructure renewal in the 2024-25 financial year. The utility blamed delays in procurement and a shortage of qualified contractors.
read-also|READ MORE: Joburg's water crisis is a governance crisis, not a rainfall crisis
h2|Tankers as a business
p|In the absence of running water, a parallel economy has grown. Private tanker operators now sell water door to door in parts of Ivory Park at R50 for 200 litres. Residents say municipal tankers, which are supposed to be free, are sometimes diverted to those who can pay.
p|Ward councillor Thabo Radebe said he had received "many complaints" about the practice and had referred them to the city's forensic unit. "If officials are selling water that belongs to the people, they must be arrested," he said.
p|Johannesburg Water spokesperson Refilwe Nkosi said the utility was aware of the allegations and had introduced GPS tracking on its contracted tankers. She said a new 30-megalitre reservoir serving the northern townships would be commissioned "before the end of the year".
subscribe|The M&O is a champion of independent journalism. Subscribe from R30 a month and help us keep asking the hard questions.
subscribe|Subscribe now
p|Residents are not convinced. On Moloto Street, Sithole has heard the promise before. "They said the same thing in 2024," she said, lifting a full drum onto the wheelbarrow. "We will see it when the water comes out of the tap."
author-bio|Lunga Mahlangu is an environment and climate reporter at the Mail & Observer. He is based in Johannesburg.
author-link|Read more from Lunga Mahlangu
tags|Diepsloot
tags|Ivory Park
tags|Johannesburg Water
tags|Water crisis
newsletter|Get the Daily Brief in your inbox every weekday morning
newsletter|Your email address
newsletter|Sign up
related|Related stories
related|Rand Water warns of 54-hour shutdown as it repairs Zuikerbosch pipeline
related|The town that fixed its own pipes
related|Ramaphosa promises water war room will deliver results by year end
sponsored|Partner content
sponsored|How one Free State farm cut its water use by half with drip irrigation
most-read|Most popular
most-read|1
most-read|Treasury backs down on fuel levy hike after coalition revolt
most-read|2
most-read|Inside the tender that bought 4 000 laptops nobody can find
most-read|3
most-read|Matric pass rate: Limpopo schools close the gap
network|Thought Leader
network|The opinion and analysis platform of the Mail & Observer
footer|About the M&O
footer|Contact us
footer|Advertise
footer|Careers
footer|Subscriptions
footer|Privacy policy
footer|Terms and conditions
disclaimer|The M&O subscribes to the Press Code of Ethics and Conduct for South African Print and Online Media. To lodge a complaint, contact the Press Ombud.
copyright|© 2026 M&O Media (Pty) Ltd. All rights reserved.
cookie|We use cookies to improve your experience on our site. By continuing you accept our cookie policy. Accept
"""),
 dict(id="mail-and-guardian-za-style-2", site="mail-and-guardian-za-style", lang="en", sep="\n", title="On the Copperbelt, a mining boom that has not reached the kitchen table", date="2026-02-20", page="""
skip-link|Skip to content
account|Subscribe
account|Sign In
menu|Mail & Observer
menu|Africa's best read
timestamp|Friday, February 20, 2026
menu|News
menu|Africa
menu|Opinion
menu|Business
menu|Friday
menu|Environment
menu|Education
menu|Thought Leader
menu|Partner Content
menu|The M&O Newspaper
search|Search
epaper|This week's M&O is out. Read the digital edition
section-label|Africa
h1|On the Copperbelt, a mining boom that has not reached the kitchen table
lead|Zambia is producing more copper than at any point in fifty years. In Kitwe and Chingola, prices are up, jobs are scarce and residents are asking where the money has gone.
byline|Chileshe Mwansa in Kitwe
dateline|20 Feb 2026
share|Facebook Twitter LinkedIn WhatsApp Email Copy link
paywall|Premium
caption|Heavy lifting: A truck carries ore at an open-pit mine near Chingola. Output has risen sharply since 2024. (Photo: Mwila Banda)
p|The mine trucks roll through Chingola day and night now, their yellow bodies caked in red dust. On the road out of town, a new billboard announces the expansion of an open-pit mine that, its owners say, will double output by 2028.
p|Copper has rarely been worth more. Demand from electric-vehicle makers and power grid builders has pushed prices to record highs, and Zambia, Africa's second-largest producer, has set itself the goal of producing three million tonnes a year by the early 2030s.
p|But at the Nakadoli market in Kitwe, the mood is sour. "The mines are booming, they say. Where is it? Show me," said Mutale Chanda, who sells dried kapenta fish and tomatoes from a wooden table. "Mealie meal has gone up. Transport has gone up. My sons are at home with no work."
h2|Jobs that do not come
p|Part of the problem, economists say, is the nature of modern mining. New open-pit operations rely on large machines and fewer workers than the deep underground shafts that once employed tens of thousands of men on the Copperbelt.
p|"A mine that produces twice as much copper today may employ half the people it did in the 1970s," said Dr Bwalya Musonda, who lectures in development economics at a university in Kitwe. "The boom shows up in the export figures. It does not show up in the townships."
p|Local suppliers also complain that contracts for fuel, catering and equipment hire go to large firms based in Lusaka or abroad. A 2025 law requiring mines to source a share of goods and services locally has been slow to take effect.
p|"We are still selling tomatoes while they are selling copper to the world"
ad|ADVERTISEMENT
h2|Tax and the treasury
p|The government says the benefits will come. Mineral royalties and taxes brought in a record amount in 2025, according to the finance ministry, and officials point to new spending on school bursaries and the Constituency Development Fund, which gives every constituency money for local projects.
p|Civil society groups in Kitwe say the fund has paid for boreholes and classroom blocks, but that spending is uneven and often late. They also want the government to publish the contracts it signs with mining companies, which they say contain tax concessions the public has never seen.
read-also|READ MORE: Zambia's debt deal: what the restructuring means for ordinary borrowers
p|For now, many young people on the Copperbelt are looking elsewhere. At a bus station in Kitwe, 24-year-old Joseph Mulenga was waiting for a coach to Lusaka, where a cousin had promised him work on a building site. "I have a diploma in electrical engineering," he said. "The mine said they will call. I waited two years."
signature|This story was first published by The Horizon, the pan-African weekly newspaper, and is republished with permission.
author-bio|Chileshe Mwansa is a freelance journalist based in Kitwe, Zambia, who writes about mining and labour.
tags|Copper
tags|Mining
tags|Zambia
tags|Copperbelt
subscribe|You've read 1 of 3 free premium articles this month. Subscribe for unlimited access from R30 a month.
subscribe|Subscribe now
account|Already a subscriber? Sign in
related|Related stories
related|DRC cobalt export quota extended for another year
related|Zambia's kwacha rallies on copper windfall
related|Opinion: Africa must refine its own minerals or stay poor
newsletter|Africa in your inbox: The M&O's weekly Africa briefing. Sign up
most-read|Most popular
most-read|1
most-read|SARS pays out R4bn in delayed VAT refunds
most-read|2
most-read|Cape Town's taxi strike: what we know
most-read|3
most-read|Ten years on, the Fees Must Fall generation takes stock
network|Thought Leader
network|The opinion and analysis platform of the Mail & Observer
footer|About the M&O
footer|Contact us
footer|Advertise
footer|Careers
footer|Subscriptions
footer|Privacy policy
footer|Terms and conditions
disclaimer|The M&O subscribes to the Press Code of Ethics and Conduct for South African Print and Online Media. To lodge a complaint, contact the Press Ombud.
copyright|© 2026 M&O Media (Pty) Ltd. All rights reserved.
cookie|We use cookies to improve your experience on our site. By continuing you accept our cookie policy. Accept
"""),
 dict(id="cnbc-africa-style-1", site="cnbc-africa-style", lang="en", sep="\n", title="Nigeria's central bank holds key rate as inflation slows for sixth month", date="2026-03-24", page="""
watch|LIVE TV
watch|● ON AIR: Power Lunch West Africa
ticker|JSE ALSI 94,318.52 ▲ 0.41%
ticker|NGX ASI 108,744.10 ▼ 0.18%
ticker|NSE 20 2,216.37 ▲ 0.09%
ticker|USD/ZAR 17.63 ▼ 0.22%
ticker|USD/NGN 1,487.50 ▲ 0.05%
ticker|BRENT 71.84 ▲ 0.63%
ticker|GOLD 2,987.20 ▼ 0.12%
menu|ABN Africa
menu|Africa's Business Network
menu|Home
menu|News
menu|Markets
menu|Economy
menu|Energy
menu|Tech
menu|Interviews
menu|Shows
menu|Video
menu|Events
search|Search
account|Sign in
breadcrumb|Home › News › West Africa
section-label|WEST AFRICA
h1|Nigeria's central bank holds key rate as inflation slows for sixth month
byline|Reuters
dateline|Published: Tue, 24 Mar 2026 16:05 CAT
share|Share
share|f
share|𝕏
share|in
share|✉
video|▶ WATCH: Economists react to the CBN decision
video|03:56
p|ABUJA, March 24 (Reuters) - Nigeria's central bank kept its benchmark interest rate unchanged at 27.00% on Tuesday, saying it wanted to see further evidence that inflation was on a sustained downward path before easing policy.
p|Governor Olayemi Adebanjo told reporters that all 12 members of the monetary policy committee voted to hold the rate, while the asymmetric corridor around it was left at +500/-100 basis points.
p|"The committee noted the continued moderation in headline inflation, but considered that the risks from food prices and the exchange rate remain significant," Adebanjo said.
p|Annual inflation slowed to 21.4% in February from 22.9% in January, the statistics office said last week, the sixth straight monthly decline. Food inflation eased to 23.1%.
ad|Advertisement
p|Most analysts polled by Reuters ahead of the meeting had expected the bank to hold, although a minority had forecast a cut of 50 basis points given the pace of disinflation.
p|The naira has been broadly stable at around 1,480-1,500 per dollar on the official market since the start of the year, supported by higher oil output and inflows into Nigerian treasury bills from foreign investors.
read-also|READ: Naira gains as foreign investors return to Nigerian debt
p|The central bank also left the cash reserve requirement for commercial banks at 45% and the liquidity ratio at 30%.
p|"The message is patience," said Funmi Oyelaran, chief economist at a Lagos-based investment bank. "They want two or three more months of data. We now expect the first cut in May, provided the naira holds."
p|Nigeria's economy grew 3.9% in the fourth quarter of 2025, its fastest pace in more than a decade, driven by oil, financial services and telecoms.
p|The bank has raised rates by a cumulative 875 basis points since early 2024 as it tried to contain price pressures unleashed by the removal of petrol subsidies and two sharp devaluations of the naira, which pushed inflation above 34% at its peak.
p|A rebasing of the consumer price index last year, which updated the weights of the basket to reflect current spending patterns, also lowered the headline figure, complicating comparisons with earlier data.
p|Business groups have urged the bank to begin cutting, saying borrowing costs of more than 30% for many companies were choking investment in manufacturing. Adebanjo said the committee was "conscious of the cost of credit" but would not move before it was confident that the gains on inflation were durable.
p|The next policy meeting is scheduled for May 19-20.
signature|(Reporting by Chinedu Okafor in Abuja and Tope Adeyemi in Lagos; Writing by Ayo Bello; Editing by Kirsten Haig)
topics|Topics:
topics|Central Bank of Nigeria
topics|Inflation
topics|Interest rates
topics|Naira
related|Related Videos
related|Is the naira's stability here to stay?
video|05:12
related|Dangote refinery ramps up petrol exports to West Africa
video|02:47
related|Ghana cedi hits 12-month high as cocoa revenues flow in
video|04:09
most-read|Trending
most-read|01 South Africa's Reserve Bank signals pause as rand firms
most-read|02 Kenya Airways returns to profit for second year
most-read|03 Ethiopia opens banking sector to foreign lenders
most-read|04 Egypt's inflation eases to three-year low
programme-guide|On Air Now
programme-guide|Power Lunch West Africa
programme-guide|13:00 - 15:00 WAT
programme-guide|Up Next
programme-guide|Closing Bell
programme-guide|17:00 CAT
watch|Watch Live
newsletter|Get the Morning Call newsletter: Africa's markets before the opening bell
newsletter|Enter your email
newsletter|Subscribe
app|Download the ABN Africa app
app|App Store
app|Google Play
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Careers
footer|Channel Finder
footer|Privacy Policy
footer|Terms of Use
footer|DStv 410 · StarTimes 280 · GOtv 76 · Canal+ 512
disclaimer|Market data provided by a third-party vendor and delayed by at least 15 minutes.
copyright|© 2026 ABN Africa. All Rights Reserved.
"""),
 dict(id="cnbc-africa-style-2", site="cnbc-africa-style", lang="en", sep="\n", title="Kenya's green hydrogen plans hinge on cheaper capital, says developer", date="2026-06-11", page="""
watch|LIVE TV
watch|● ON AIR: Squawk Box Africa
ticker|JSE ALSI 96,102.77 ▼ 0.27%
ticker|NGX ASI 111,209.48 ▲ 0.33%
ticker|NSE 20 2,301.65 ▲ 0.51%
ticker|USD/KES 129.15 ▼ 0.04%
ticker|USD/ZAR 17.41 ▲ 0.10%
ticker|BRENT 69.20 ▼ 1.02%
ticker|GOLD 3,044.90 ▲ 0.36%
menu|ABN Africa
menu|Africa's Business Network
menu|Home
menu|News
menu|Markets
menu|Economy
menu|Energy
menu|Tech
menu|Interviews
menu|Shows
menu|Video
menu|Events
search|Search
account|Sign in
breadcrumb|Home › Interviews › Energy
section-label|ENERGY
h1|Kenya's green hydrogen plans hinge on cheaper capital, says developer
video|▶
repeat|Kenya's green hydrogen plans hinge on cheaper capital, says developer
video|08:41
video|CC
video|HD
byline|By Wambui Kariuki
dateline|Thu, 11 Jun 2026 09:14 CAT
share|Share this
share|Facebook Twitter LinkedIn WhatsApp
lead|Kenya has the geothermal power and the coastline to become a green hydrogen exporter, but projects will stall unless financing costs come down, the chief executive of a Nairobi-based developer told ABN Africa.
p|Speaking on Squawk Box Africa, Daniel Otieno, chief executive of Rift Hydrogen, said his company's planned 100-megawatt electrolyser near Naivasha had secured land, water rights and an offtake agreement with a fertiliser producer, but was still negotiating the final tranche of its financing.
p|"The sun and the steam are free. The money is not," Otieno said. "When a European developer borrows at four or five percent and we borrow at twelve or fourteen, the same plant costs us almost twice as much over its lifetime. That is the whole story."
section-label|KEY TAKEAWAYS
li|Rift Hydrogen's 100MW Naivasha project aims to start production in 2029.
li|The first phase will supply ammonia for fertiliser, cutting Kenya's import bill.
li|The developer wants blended finance and currency guarantees from development banks.
li|Exports to Europe are a second-phase ambition, not the starting point.
h2|Fertiliser first, exports later
p|Otieno said the company had deliberately chosen to sell to the domestic market first. Kenya imports nearly all of its nitrogen fertiliser, and prices spiked sharply after 2022, hurting smallholder farmers.
p|"Everyone talks about shipping hydrogen to Rotterdam. That is ten years away and it needs ports, pipelines, ships," he said. "Green ammonia for a Kenyan maize farmer, that we can do this decade."
ad|ADVERTISEMENT
p|Kenya gets more than 85% of its electricity from renewable sources, mainly geothermal, hydro and wind, which makes it one of the few countries where an electrolyser can run on clean grid power rather than on dedicated solar or wind farms.
p|The government published a green hydrogen strategy in 2023 and has since set up a special economic zone regime for energy-intensive industries, offering tax incentives to investors who build near geothermal fields.
read-also|ALSO READ: KenGen plans 300MW geothermal expansion in Olkaria
h2|The cost of risk
p|Otieno said development finance institutions could help by taking on currency risk, which he described as the single biggest obstacle for African energy projects that earn revenue in local currency but borrow in dollars or euros.
p|"If a lender can hedge the shilling at a reasonable price, the interest rate comes down immediately. That is not charity. It is pricing the risk correctly," he said.
p|He added that the company expected to reach financial close in the first quarter of 2027, with construction taking about two years.
video|Watch the full interview above.
topics|Tags
topics|Green hydrogen
topics|Kenya
topics|Renewable energy
topics|Squawk Box Africa
related|More Interviews
related|Namibia's hydrogen valley: what's been built so far
video|06:33
related|Why African banks are still wary of climate finance
video|07:58
related|Ethiopia's power exports to Kenya hit record high
video|04:20
programme-guide|Today on ABN Africa
programme-guide|06:00 Squawk Box Africa
programme-guide|10:00 Market Open
programme-guide|13:00 Power Lunch
programme-guide|17:00 Closing Bell
programme-guide|19:30 Africa Tech Weekly
programme-guide|Full schedule
watch|Watch Live
most-read|Trending
most-read|01 Safaricom lifts M-Pesa transaction limits
most-read|02 Ghana signs $1bn gold-for-oil extension
most-read|03 Morocco's Tanger Med overtakes Algeciras in container traffic
newsletter|Get the Morning Call newsletter: Africa's markets before the opening bell
newsletter|Enter your email
newsletter|Subscribe
app|Download the ABN Africa app
app|App Store
app|Google Play
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Careers
footer|Channel Finder
footer|Privacy Policy
footer|Terms of Use
footer|DStv 410 · StarTimes 280 · GOtv 76 · Canal+ 512
disclaimer|Market data provided by a third-party vendor and delayed by at least 15 minutes.
copyright|© 2026 ABN Africa. All Rights Reserved.
"""),
 dict(id="7sur7-be-style-1", site="7sur7-be-style", lang="fr", sep="\n", title="Le radar-tronçon du ring de Bruxelles a flashé plus de 48.000 automobilistes en six mois", date="2026-02-04", page="""
cookie|Info24.be et ses partenaires utilisent des cookies et des technologies similaires pour stocker et accéder à des informations sur votre appareil. Vous pouvez donner votre consentement ou le refuser.
cookie|Accepter
cookie|Refuser
cookie|Paramétrer
skip-link|Aller au contenu
menu|Menu
menu|Info24
menu|Toutes les news, 24h sur 24
account|Se connecter
search|Rechercher
menu|News
menu|Belgique
menu|Monde
menu|Sport
menu|Showbiz
menu|Insolite
menu|Santé
menu|Auto
menu|Économie
menu|Tech
menu|Vidéo
menu|Royauté
menu|Plus ▾
section-label|Belgique
h1|Le radar-tronçon du ring de Bruxelles a flashé plus de 48.000 automobilistes en six mois
byline|dbo
dateline|04-02-26, 10:12
dateline|Dernière mise à jour: 11:47
byline|Source: Belga
share|Partager par mail
share|Facebook
share|X
share|WhatsApp
comments|💬 27
credit|© BELGA
lead|Mis en service en juillet dernier entre Grand-Bigard et Zaventem, le contrôle de vitesse moyenne installé sur le ring nord de Bruxelles a enregistré 48.312 infractions en six mois, selon les chiffres communiqués mercredi par la police fédérale de la route. La majorité des conducteurs pris en défaut roulaient à moins de 10 km/h au-dessus de la limite.
p|Le dispositif mesure la vitesse moyenne des véhicules sur un tronçon de 11 kilomètres, entre l'échangeur de Grand-Bigard et celui de Zaventem, où la vitesse est limitée à 100 km/h. Il s'agit de l'un des tronçons les plus fréquentés du pays, avec plus de 150.000 véhicules par jour dans les deux sens.
p|Selon la police fédérale, 78 % des infractions concernent des dépassements de moins de 10 km/h. Un peu plus de 9.000 conducteurs ont toutefois été contrôlés à plus de 120 km/h de moyenne, et 214 à plus de 140 km/h.
ad|Publicité
h2|Moins d'accidents graves
p|Les autorités se félicitent surtout d'une baisse du nombre d'accidents. Sur la même période, le nombre de collisions avec blessés sur le tronçon a diminué d'environ 30 % par rapport à l'année précédente, indique l'Agence flamande des routes et de la circulation.
p|« Le but n'est pas de verbaliser, mais de faire baisser la vitesse de manière homogène. Quand tout le monde roule à la même allure, il y a moins de freinages brusques et donc moins de carambolages », explique une porte-parole de la police fédérale de la route.
read-also|Lisez aussi
read-also|Voici les 12 nouveaux radars-tronçons qui seront installés en Wallonie cette année
p|Le montant total des amendes n'a pas été communiqué. Pour un dépassement de moins de 10 km/h, l'automobiliste reçoit une perception immédiate de 53 euros. Au-delà, le montant augmente par tranche de kilomètre, et les excès les plus graves sont transmis au parquet.
embed-blocked|Cet élément n'est pas disponible en raison de vos paramètres de confidentialité. Pour afficher cet élément, cliquez sur le bouton ci-dessous pour accepter les cookies de réseaux sociaux.
embed-blocked|Accepter les cookies de réseaux sociaux
h2|Quatre autres tronçons à l'étude
p|Fort de ces résultats, le gouvernement flamand envisage d'étendre le système à quatre autres portions du ring, notamment entre Zaventem et Woluwe et sur le tronçon sud vers Drogenbos. Une décision est attendue avant l'été.
p|Du côté des automobilistes, les avis restent partagés. Sur les réseaux sociaux, plusieurs internautes dénoncent une « machine à cash », tandis que d'autres saluent une circulation plus fluide aux heures de pointe.
p|L'association de défense des automobilistes Touring Mobilis, interrogée par Belga, rappelle que le radar-tronçon reste « l'un des outils les plus acceptés », car il sanctionne un comportement prolongé et non un moment d'inattention.
tip|Vous avez une info ou une photo à nous transmettre? Envoyez-la à la rédaction via info@info24.be ou via WhatsApp.
error-report|Vous avez repéré une erreur? Signalez-la ici
tags|Belgique
tags|Bruxelles
tags|Sécurité routière
tags|Police
comments|Réactions (27)
comments|Afficher les réactions
teaser-list|Plus de Belgique
teaser-list|10:58
teaser-list|Grève à la STIB: pas de métro jeudi, des perturbations sur les trams et bus
teaser-list|10:31
teaser-list|Un incendie ravage un entrepôt à Vilvorde: la fumée visible depuis le ring
teaser-list|09:44
teaser-list|Météo: jusqu'à 10 centimètres de neige possibles dans les Ardennes ce week-end
teaser-list|Toutes les news de Belgique ›
most-read|Les plus lus
most-read|1. Un TGV évacué entre Bruxelles et Paris après une alerte à la bombe
most-read|2. La famille royale au grand complet au ski: les photos
most-read|3. Un célèbre chocolatier bruxellois met la clé sous la porte après 90 ans
most-read|4. Indexation des salaires: ce qui change pour vous en mars
most-read|5. Il gagne 1 million au Lotto avec les numéros de sa fille
push|Recevez nos notifications pour ne rien manquer des dernières infos. Activer
app|Téléchargez l'app Info24: toute l'actualité, gratuitement
app|App Store Google Play
footer|Info24 est une publication de Médiagroupe Benelux
footer|Contact
footer|Publicité
footer|Conditions d'utilisation
footer|Déclaration de confidentialité
footer|Déclaration relative aux cookies
footer|Paramètres de confidentialité
footer|Accessibilité
copyright|© 2026 Médiagroupe Benelux. Tous droits réservés
"""),
 dict(id="7sur7-be-style-2", site="7sur7-be-style", lang="fr", sep="\n", title="Un retraité de Herve retrouve son alliance dans son potager, 17 ans après l'avoir perdue", date="2026-07-15", page="""
cookie|Info24.be et ses partenaires utilisent des cookies et des technologies similaires pour stocker et accéder à des informations sur votre appareil. Vous pouvez donner votre consentement ou le refuser.
cookie|Accepter
cookie|Refuser
cookie|Paramétrer
skip-link|Aller au contenu
menu|Menu
menu|Info24
menu|Toutes les news, 24h sur 24
account|Se connecter
search|Rechercher
menu|News
menu|Belgique
menu|Monde
menu|Sport
menu|Showbiz
menu|Insolite
menu|Santé
menu|Auto
menu|Économie
menu|Tech
menu|Vidéo
menu|Royauté
menu|Plus ▾
section-label|Insolite
section-label|VIDÉO
h1|Un retraité de Herve retrouve son alliance dans son potager, 17 ans après l'avoir perdue
byline|Rédaction
dateline|15-07-26, 17:35
byline|Sources: Belga, RTC Liège
share|Partager par mail
share|Facebook
share|X
share|WhatsApp
comments|💬 9
video|▶ Lecture
video|00:00 / 01:48
video|La vidéo commencera après cette publicité
video|Passer la pub dans 5
lead|Joseph, 81 ans, n'y croyait plus. En bêchant un coin de son potager à Herve, en province de Liège, ce retraité a mis la main sur l'alliance en or qu'il avait perdue au printemps 2009. L'anneau, légèrement terni, était encore gravé du prénom de son épouse.
p|C'est en préparant une nouvelle parcelle pour y planter des poireaux que l'octogénaire a remarqué un petit éclat doré entre deux mottes de terre. « J'ai d'abord cru que c'était une capsule de bière », raconte-t-il en riant. « Puis j'ai vu le prénom de Monique à l'intérieur. Je me suis assis par terre, je ne savais plus quoi dire. »
p|Joseph avait perdu sa bague un après-midi d'avril 2009, alors qu'il désherbait le même jardin. Avec son épouse et leurs trois enfants, il avait passé des heures à retourner la terre, sans succès. Un voisin avait même prêté un détecteur de métaux, sans plus de résultat.
ad|Publicité
h2|« Elle aurait bien ri »
p|Monique, son épouse pendant 54 ans, est décédée en 2021. « Elle m'avait dit à l'époque: tu la retrouveras le jour où tu ne la chercheras plus. Elle aurait bien ri de me voir avec mes poireaux », confie Joseph, ému.
p|Selon un bijoutier de Verviers consulté par la famille, l'alliance est en parfait état. Elle a simplement été nettoyée et légèrement resserrée, les doigts de son propriétaire ayant un peu changé en dix-sept ans.
read-also|Lisez aussi
read-also|Une Anversoise retrouve le portefeuille perdu de son grand-père dans un mur, 60 ans plus tard
p|Ce genre de découverte n'est pas si rare, explique un membre d'un club de détectoristes de la région liégeoise. Les objets perdus dans un jardin peuvent remonter à la surface au fil des années, sous l'effet du gel, des racines ou du travail du sol.
p|« On retrouve régulièrement des bagues, des médailles, des clés. Ce qui est beaucoup plus rare, c'est de pouvoir les rendre à leur propriétaire, surtout quand il les a perdues lui-même », sourit-il.
p|Joseph, lui, ne compte plus quitter son alliance. « Je ne l'enlève plus, même pour jardiner. Enfin, je vais essayer », promet-il.
p|Ses petits-enfants ont déjà prévu de fêter l'événement dimanche, autour d'un barbecue dans le jardin. Avec, promet la famille, une interdiction formelle de bêcher ce jour-là.
video|Regardez aussi
video|Un cygne bloque la circulation sur la E40 pendant une heure
video|00:52
video|Il trouve un serpent de 2 mètres dans sa voiture à Namur
video|01:14
tags|Insolite
tags|Liège
tags|Herve
comments|Réactions (9)
comments|Afficher les réactions
comments|Connectez-vous pour réagir
teaser-list|Plus d'Insolite
teaser-list|16:52
teaser-list|Un perroquet appelle les pompiers: il imitait l'alarme incendie
teaser-list|15:20
teaser-list|Une vache s'invite dans la salle d'attente d'un vétérinaire à Bastogne
teaser-list|hier
teaser-list|Il commande une pizza et reçoit... une facture de 1.200 euros
teaser-list|Toutes les news Insolite ›
most-read|Les plus lus
most-read|1. Canicule: le niveau d'alerte rouge déclenché dans trois provinces
most-read|2. Fête nationale: le programme complet du défilé du 21 juillet
teaser-list|3. Un retraité de Herve retrouve son alliance dans son potager, 17 ans après l'avoir perdue
most-read|4. Un Belge remporte une étape du Tour de France en solitaire
most-read|5. Voici les prix des festivals de l'été, et ils ont encore augmenté
push|Recevez nos notifications pour ne rien manquer des dernières infos. Activer
app|Téléchargez l'app Info24: toute l'actualité, gratuitement
app|App Store Google Play
footer|Info24 est une publication de Médiagroupe Benelux
footer|Contact
footer|Publicité
footer|Conditions d'utilisation
footer|Déclaration de confidentialité
footer|Déclaration relative aux cookies
footer|Paramètres de confidentialité
footer|Accessibilité
copyright|© 2026 Médiagroupe Benelux. Tous droits réservés
"""),
 dict(id="la-nouvelle-tribune-bj-style-1", site="la-nouvelle-tribune-bj-style", lang="fr", sep="\n", title="Campagne cotonnière 2025-2026 : le Bénin annonce une production record de 790.000 tonnes", date="2026-03-19", page="""
timestamp|jeudi, mars 19, 2026
weather|Cotonou 31°C
social|Facebook
social|Twitter
social|Youtube
social|Instagram
social|Telegram
menu|La Tribune du Golfe
menu|Quotidien béninois d'informations générales
ad|PUBLICITÉ
ad|MoMo Pay : payez vos factures SBEE et SONEB sans vous déplacer. *880#
menu|ACCUEIL
menu|BÉNIN
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|AFRIQUE
menu|INTERNATIONAL
menu|SPORT
menu|CULTURE
menu|SANTÉ
menu|OPINION
search|Rechercher...
breaking|FLASH INFO
breaking|Port de Cotonou : le trafic de conteneurs en hausse de 9 % au premier trimestre
breaking|Éducation : le calendrier des examens de fin d'année dévoilé
breadcrumb|Accueil Économie
section-label|Économie
h1|Campagne cotonnière 2025-2026 : le Bénin annonce une production record de 790.000 tonnes
byline|Par Anselme Houngbédji
dateline|19 mars 2026
comments|0
views|1 204
reading-time|Temps de lecture : 4 min
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Email
caption|Un champ de coton dans la commune de Kandi, dans le nord du Bénin
credit|Photo : DR
p|Le Bénin confirme sa place de premier producteur de coton du continent africain. Selon les chiffres rendus publics mercredi à Cotonou par l'Association interprofessionnelle du coton (AIC), la campagne 2025-2026 s'achève sur une production de 790.000 tonnes de coton-graine, contre 675.000 tonnes lors de la saison précédente.
p|Cette hausse de plus de 17 % s'explique, selon les responsables de la filière, par une pluviométrie favorable dans les principaux bassins de production du nord, mais aussi par la mise à disposition à temps des intrants, notamment des engrais et des insecticides, dès le mois de mai.
p|« C'est le résultat du travail de nos producteurs et de la bonne organisation de la campagne. Les intrants sont arrivés à temps dans toutes les communes et le paiement des cotonculteurs se fait désormais dans des délais raisonnables », a déclaré le président de l'AIC lors d'une conférence de presse.
ad|PUBLICITÉ
h2|Le prix au producteur maintenu
p|Pour cette campagne, le prix d'achat du coton-graine de premier choix avait été fixé à 300 francs CFA le kilogramme, un niveau maintenu malgré la baisse des cours mondiaux. Les producteurs interrogés dans la région de l'Alibori saluent cette stabilité, tout en réclamant une revalorisation pour la prochaine saison.
p|« Avec le prix des engrais et de la main-d'œuvre, 300 francs ne suffisent plus vraiment. Nous demandons au moins 325 francs », affirme Boni Yarou, cotonculteur à Banikoara, la commune qui reste la plus grande productrice du pays.
read-also|LIRE AUSSI : Zone industrielle de Glo-Djigbé : une nouvelle usine de filature inaugurée
h2|La transformation locale en question
p|Le gouvernement mise sur la transformation locale pour capter davantage de valeur ajoutée. La zone industrielle de Glo-Djigbé, à une quarantaine de kilomètres de Cotonou, accueille plusieurs unités de filature et de confection qui absorbent une part croissante de la fibre produite.
p|Les principaux objectifs fixés pour la campagne 2026-2027 sont les suivants :
li|atteindre une production de 850.000 tonnes de coton-graine ;
li|porter à 30 % la part de la fibre transformée sur place ;
li|étendre la culture à de nouvelles communes du centre du pays ;
li|réduire les délais de paiement des producteurs à moins de trois semaines.
p|Les acteurs de la filière restent toutefois attentifs aux risques climatiques et à la pression des ravageurs, qui avaient fortement réduit les rendements lors de certaines campagnes passées. L'AIC annonce un renforcement de l'encadrement technique des producteurs dès les premières semences, prévues pour le mois de mai.
signature|A.H.
tags|Agriculture
tags|AIC
tags|Bénin
tags|Coton
tags|Glo-Djigbé
whatsapp|Rejoignez notre chaîne WhatsApp pour recevoir l'essentiel de l'actualité béninoise
google-news|Suivez-nous sur Google News
nav|Article précédent
nav|Sécurité routière : la police intensifie les contrôles sur l'axe Cotonou-Porto-Novo
nav|Article suivant
nav|CAN 2027 : les Guépards du Bénin fixés sur leurs adversaires
related|ARTICLES SIMILAIRES
related|Noix de cajou : le prix plancher fixé à 450 FCFA pour la campagne 2026
related|Soja : les exportations béninoises en forte hausse
related|Budget 2026 : les grandes lignes de la loi de finances adoptée
comments|LAISSER UN COMMENTAIRE
comments|Annuler la réponse
comments|Commentaire:
comments|Nom:*
comments|E-mail:*
comments|Site Web:
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
most-read|LES PLUS LUS
most-read|Bénin : les nouveaux tarifs de l'électricité entrent en vigueur le 1er avril
most-read|Concours de recrutement des enseignants : les résultats disponibles
most-read|Porto-Novo : un pont reliant Djassin à Ouando bientôt livré
teaser-list|DERNIÈRES INFOS
teaser-list|Santé : une campagne de vaccination contre la rougeole lancée dans 12 départements
teaser-list|il y a 2 heures
teaser-list|Togo-Bénin : les deux pays renforcent la coopération frontalière
teaser-list|il y a 5 heures
footer|La Tribune du Golfe est un quotidien béninois d'informations générales édité par Golfe Médias SARL.
footer|Qui sommes-nous
footer|Nous contacter
footer|Publicité
footer|Politique de confidentialité
copyright|© 2026 La Tribune du Golfe - Tous droits réservés
back-to-top|↑
"""),
 dict(id="la-nouvelle-tribune-bj-style-2", site="la-nouvelle-tribune-bj-style", lang="fr", sep="\n", title="Ouidah : plus de 45.000 visiteurs pour la troisième édition des Vodun Days", date="2026-01-13", page="""
timestamp|mardi, janvier 13, 2026
weather|Cotonou 29°C
social|Facebook
social|Twitter
social|Youtube
social|Instagram
social|Telegram
menu|La Tribune du Golfe
menu|Quotidien béninois d'informations générales
ad|PUBLICITÉ
ad|Celtiis : le forfait Illimix à 1 000 FCFA, appels et internet pendant 7 jours
menu|ACCUEIL
menu|BÉNIN
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|AFRIQUE
menu|INTERNATIONAL
menu|SPORT
menu|CULTURE
menu|SANTÉ
menu|OPINION
search|Rechercher...
breaking|FLASH INFO
breaking|Météo : des vents d'harmattan attendus jusqu'à la fin de la semaine
breaking|Football : le championnat national reprend samedi
breadcrumb|Accueil Culture
section-label|Culture
section-label|Tourisme
h1|Ouidah : plus de 45.000 visiteurs pour la troisième édition des Vodun Days
byline|Par Rédaction
dateline|13 janvier 2026
comments|2
views|2 871
reading-time|Temps de lecture : 3 min
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Email
caption|Des adeptes lors de la cérémonie d'ouverture sur la plage de Ouidah, le 9 janvier 2026
credit|© Tribune du Golfe / Eric Dossou
p|La ville historique de Ouidah a refermé dimanche soir la troisième édition des Vodun Days, le grand rendez-vous culturel organisé chaque année autour de la fête nationale des religions endogènes du 10 janvier. Selon le ministère du Tourisme, de la Culture et des Arts, plus de 45.000 visiteurs ont été enregistrés sur les quatre jours de festivités.
p|Venus de toutes les régions du Bénin, mais aussi du Nigeria, du Togo, du Brésil, d'Haïti et des États-Unis, les festivaliers ont assisté aux sorties de masques Egungun et Zangbéto, aux cérémonies sur la plage de la Porte du Non-Retour et à de nombreux concerts.
p|« Cette année, nous avons noté une forte présence de la diaspora afro-descendante. Certains visiteurs viennent chercher leurs racines, d'autres découvrent pour la première fois nos traditions », a expliqué un responsable de l'Agence de développement des arts et de la culture au terme de l'événement.
ad|PUBLICITÉ
h2|Des hôtels complets
p|L'affluence a profité aux opérateurs économiques de la ville. Les hôtels de Ouidah et de la commune voisine de Grand-Popo affichaient complet dès le 8 janvier, obligeant de nombreux visiteurs à se loger à Cotonou, à une quarantaine de kilomètres.
p|« En trois jours, j'ai fait ce que je fais d'habitude en deux mois », se réjouit Afiavi Sossou, vendeuse de pagnes et d'objets d'art près du musée d'histoire de Ouidah. Les conducteurs de taxi-moto, les restaurateurs et les guides touristiques dressent le même constat.
read-also|LIRE AUSSI : Tourisme : le musée international de la mémoire et de l'esclavage ouvrira ses portes cette année
h2|Quelques couacs d'organisation
p|Tout n'a cependant pas été parfait. Plusieurs festivaliers se sont plaints des embouteillages sur la route des pêches et de l'insuffisance des navettes entre le centre-ville et le site de la plage. Des coupures du réseau mobile ont également perturbé les paiements électroniques le jour de l'ouverture.
p|Les organisateurs promettent des améliorations pour l'édition 2027, avec notamment des parkings aménagés à l'entrée de la ville et une billetterie en ligne pour les concerts.
p|Au-delà de la fête, les autorités entendent faire des Vodun Days un levier durable pour le tourisme mémoriel, en s'appuyant sur les sites historiques de la Route de l'esclave et sur les nouvelles infrastructures en construction à Ouidah.
p|Le bilan chiffré définitif, incluant les retombées économiques pour la commune, sera présenté d'ici la fin du mois de février, indique le ministère, qui envisage déjà d'allonger la durée de l'événement à une semaine complète.
tags|Culture
tags|Ouidah
tags|Tourisme
tags|Vodun Days
whatsapp|Rejoignez notre chaîne WhatsApp pour recevoir l'essentiel de l'actualité béninoise
google-news|Suivez-nous sur Google News
nav|Article précédent
nav|Grand-Popo : une pirogue chavire, deux pêcheurs portés disparus
nav|Article suivant
nav|Législatives 2026 : la CENA publie la liste des partis retenus
related|ARTICLES SIMILAIRES
related|Porto-Novo : le festival des masques attire les touristes
related|Abomey : les travaux de restauration des palais royaux avancent
related|Fête du 10 janvier : le message des dignitaires du culte Vodun
comments|2 COMMENTAIRES
comments|Koffi A.
comments|13 janvier 2026 à 14 h 22 min
comments|Bravo aux organisateurs, mais il faut vraiment régler le problème des navettes.
comments|Répondre
comments|Mariama
comments|13 janvier 2026 à 16 h 05 min
comments|J'y étais avec ma famille venue de Lagos, c'était magnifique !
comments|Répondre
comments|LAISSER UN COMMENTAIRE
comments|Annuler la réponse
comments|Commentaire:
comments|Nom:*
comments|E-mail:*
comments|Site Web:
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
most-read|LES PLUS LUS
most-read|Bac 2026 : les inscriptions prolongées jusqu'au 31 janvier
most-read|Cotonou : la mairie interdit le stationnement sur le boulevard Saint-Michel
most-read|SBEE : des délestages annoncés dans plusieurs quartiers de Cotonou
teaser-list|DERNIÈRES INFOS
teaser-list|Agriculture : le prix de la noix de cajou en hausse à l'ouverture de la campagne
teaser-list|il y a 1 heure
teaser-list|Nigeria-Bénin : réouverture progressive du poste frontalier de Kraké
teaser-list|il y a 3 heures
footer|La Tribune du Golfe est un quotidien béninois d'informations générales édité par Golfe Médias SARL.
footer|Qui sommes-nous
footer|Nous contacter
footer|Publicité
footer|Politique de confidentialité
copyright|© 2026 La Tribune du Golfe - Tous droits réservés
back-to-top|↑
"""),
]
