# Round 105: eight pages on four more layouts (a Chadian French-language news portal on a hosted news CMS, an
# English-language independent Russian news site in exile, a Mauritanian French-language news aggregator portal, an
# Ethiopian English-language news magazine site), written blind: without looking at the classifier, its rules or the
# benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND105 = [
 dict(id="alwihda-tchad-style-1", site="alwihda-tchad-style", lang="fr", sep="\n", title="Tchad : la CNPS lance le paiement des pensions par mobile money dans cinq provinces", date="2026-03-18", page="""
clock|Mercredi 18 Mars 2026
menu|Wahda Info - Actualités Tchad, Afrique, International
search|Recherche
social|Facebook Twitter YouTube Rss
whatsapp|Rejoignez notre chaîne WhatsApp
menu|ACCUEIL
menu|TCHAD
menu|AFRIQUE
menu|INTERNATIONAL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|SÉCURITÉ
menu|SANTÉ
menu|SPORTS
menu|CULTURE
menu|OPINION
menu|ANNONCES
menu|RECRUTEMENT
menu|WAHDA TV
breaking|INFO EN CONTINU
breaking|N'Djamena : le préfet du 7e arrondissement suspend les travaux d'un marché non autorisé
breaking|Mondial 2026 : les Sao convoqués pour un stage à Casablanca
ad|ANNONCE
ad|Tchad Connect 4G+ : Internet illimité la nuit à 1 000 FCFA. Composez *155#
breadcrumb|Accueil » TCHAD » ÉCONOMIE
h1|Tchad : la CNPS lance le paiement des pensions par mobile money dans cinq provinces
byline|Rédigé par Wahda Info - Le 18/03/2026 modifié le 18/03/2026 17:42
views|Lu 1284 fois
lead|La Caisse nationale de prévoyance sociale (CNPS) a officiellement lancé ce mercredi à N'Djamena le paiement des pensions de retraite par téléphone mobile. Plus de 11 000 retraités des provinces du Ouaddaï, du Logone Occidental, du Mayo-Kebbi Est, du Guéra et du Moyen-Chari sont concernés dans une première phase.
caption|Le directeur général de la CNPS lors de la cérémonie de lancement, le 18 mars 2026 à N'Djamena.
credit|Crédit photo : Wahda Info
p|N'DJAMENA - Finies les longues files d'attente devant les agences de la CNPS en fin de trimestre ? C'est en tout cas la promesse faite par la direction générale de la Caisse, qui a procédé ce 18 mars au lancement officiel du paiement des pensions par mobile money, en présence du ministre de la Fonction publique et du Dialogue social.
p|Dans une première phase, le dispositif concerne les retraités résidant dans cinq provinces où les agences de la CNPS sont les plus éloignées des bénéficiaires. Ceux-ci pourront désormais recevoir leur pension directement sur leur compte mobile, sans avoir à se déplacer jusqu'au chef-lieu.
p|« Nous avons des retraités qui parcourent plus de 200 kilomètres, parfois à moto, pour percevoir une pension de 60 000 francs. Une partie de cet argent part dans le transport et l'hébergement. Ce n'est plus acceptable », a déclaré le directeur général de la CNPS dans son allocution.
read-also|LIRE AUSSI : Tchad : la CNPS annonce le recensement biométrique de tous ses pensionnés
h2|Un enrôlement préalable obligatoire
p|Pour bénéficier du nouveau mode de paiement, chaque pensionné doit au préalable se présenter une seule fois à l'agence CNPS la plus proche ou auprès des équipes mobiles qui sillonneront les provinces concernées jusqu'à la fin du mois d'avril. Les pièces exigées sont les suivantes :
li|le titre de pension ou le dernier bulletin de paiement ;
li|une pièce d'identité en cours de validité ou la carte biométrique de la CNPS ;
li|un numéro de téléphone enregistré au nom du bénéficiaire auprès de l'un des deux opérateurs partenaires.
p|Les retraités qui le souhaitent pourront continuer à percevoir leur pension au guichet. La CNPS précise que les frais de retrait seront pris en charge par la Caisse pendant les six premiers mois.
ad|PUBLICITÉ
ad|Banque Sahélienne de l'Épargne - Ouvrez votre compte en 10 minutes depuis votre téléphone
h2|Des inquiétudes sur la fraude
p|Dans la salle, plusieurs représentants d'associations de retraités ont salué l'initiative tout en exprimant des réserves. Ils redoutent notamment que des pensionnés âgés, peu familiers du téléphone, soient victimes d'escroqueries ou que des proches indélicats s'approprient les fonds.
p|« Beaucoup de nos membres ne savent pas lire. Il faut que les agents prennent le temps de leur expliquer, et qu'on nous donne un numéro vert qui fonctionne vraiment », a plaidé le président d'une association de retraités du Guéra.
p|La direction de la CNPS assure avoir prévu un code secret personnel pour chaque paiement, ainsi qu'un service d'assistance joignable gratuitement. Elle annonce par ailleurs l'extension progressive du dispositif aux autres provinces d'ici la fin de l'année 2026, si la phase pilote est jugée concluante.
p|Le ministre de la Fonction publique a pour sa part rappelé que cette réforme s'inscrit dans le programme de digitalisation des paiements publics, qui a déjà concerné les salaires de plusieurs milliers d'agents de l'État depuis 2024.
signature|Abakar Mahamat Hissein
tags|Tags : CNPS Mobile money N'Djamena Pensions Retraités
rating|Notez
print|Imprimer
share|Envoyer à un ami
font|Augmenter la taille du texte
font|Diminuer la taille du texte
share|Partager
related|Dans la même rubrique :
nav|< >
related|Tchad : le prix du sac de mil flambe sur les marchés de Mongo - 18/03/2026
related|Tchad : la SNE annonce des délestages pendant trois semaines à N'Djamena - 17/03/2026
related|Économie : le Tchad lève 45 milliards FCFA sur le marché régional des titres - 16/03/2026
related|Tchad : les commerçants du marché à mil réclament la réhabilitation des caniveaux - 15/03/2026
comments|Commentaires (2)
comments|1.Posté par Ousmane D. le 18/03/2026 18:55
comments|Enfin une bonne initiative. Mon père faisait Pala - Bongor chaque trimestre pour sa pension.
comments|2.Posté par Citoyen tchadien le 18/03/2026 21:10
comments|Il faut d'abord payer les arriérés de 2023 avant de parler de mobile money.
comments|Nouveau commentaire :
comments|Facebook Twitter
comments|Vous pouvez commenter cet article en étant identifié. Les commentaires sont modérés.
newsletter|Inscription à la newsletter
newsletter|Abonnement Désabonnement
newsletter|OK
most-read|Les plus lus
most-read|Tchad : le gouvernement fixe la date de la rentrée des classes dans les provinces du Sud
most-read|N'Djamena : un incendie ravage une partie du marché de Dembé
most-read|Tchad : les résultats du concours d'entrée à l'ENA publiés
most-read|Soudan : afflux de nouveaux réfugiés à Adré, selon le HCR
ad|ANNONCE
ad|Recrutement : une ONG internationale recherche un chargé de suivi-évaluation basé à Abéché
contact|CONTACTEZ LA RÉDACTION : redaction@wahda-info.td - WhatsApp : +235 66 00 00 00
footer|Wahda Info - Premier média en ligne au Tchad depuis 2009
footer|Accueil Envoyer à un ami Version imprimable Partager
footer|Wahda Info © 2009-2026 - Contacts - Mentions légales - Annonces - Plan du site
footer|Propulsé par un système de gestion de sites d'information
"""),
 dict(id="alwihda-tchad-style-2", site="alwihda-tchad-style", lang="fr", sep="\n", title="Mayo-Kebbi Ouest : plus de 400 habitations détruites par les pluies diluviennes à Pala", date="2026-08-21", page="""
clock|Vendredi 21 Août 2026
menu|Wahda Info - Actualités Tchad, Afrique, International
search|Recherche
social|Facebook Twitter YouTube Rss
whatsapp|Rejoignez notre chaîne WhatsApp
menu|ACCUEIL
menu|TCHAD
menu|AFRIQUE
menu|INTERNATIONAL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|SÉCURITÉ
menu|SANTÉ
menu|SPORTS
menu|CULTURE
menu|OPINION
menu|ANNONCES
menu|RECRUTEMENT
menu|WAHDA TV
breaking|INFO EN CONTINU
breaking|Tchad : le Conseil des ministres adopte le projet de loi sur la protection civile
ad|ANNONCE
ad|AVIS D'APPEL D'OFFRES N°014/MIT/2026 - Construction de dalots sur l'axe Léré - Pala. Consulter le dossier
breadcrumb|Accueil » TCHAD » SOCIÉTÉ
h1|Mayo-Kebbi Ouest : plus de 400 habitations détruites par les pluies diluviennes à Pala
byline|Rédigé par Nadjiram Beassoum - Le 21/08/2026 modifié le 21/08/2026 10:15
views|Lu 2917 fois
lead|Les fortes pluies qui s'abattent depuis une semaine sur la ville de Pala et ses environs ont causé d'importants dégâts. Les autorités provinciales font état de plus de 400 maisons effondrées, de champs inondés et de près de 2 600 personnes sans abri.
caption|Un quartier de Pala envahi par les eaux, le 19 août 2026.
credit|© Wahda Info / N.B.
p|PALA - Les images se succèdent sur les réseaux sociaux depuis plusieurs jours : des concessions en banco effondrées, des rues transformées en rivières, des familles pataugeant avec leurs biens sur la tête. Dans le chef-lieu de la province du Mayo-Kebbi Ouest, la saison des pluies a pris une tournure dramatique.
p|Selon un premier bilan communiqué jeudi par le gouverneur de la province, 417 habitations se sont totalement ou partiellement effondrées dans les quartiers de Pala et dans une dizaine de villages voisins. Deux personnes, dont un enfant de six ans, ont perdu la vie dans l'écroulement d'un mur. Plusieurs dizaines de têtes de bétail ont également été emportées.
p|« Nous n'avons jamais vu autant d'eau en si peu de temps. En une nuit, la cour était pleine jusqu'aux genoux et le mur de la chambre est tombé », raconte Marthe, mère de cinq enfants, hébergée depuis mardi dans une salle de classe de l'école du quartier Doué.
video|VIDÉO - Les images des inondations à Pala
video|02:48
h2|Les écoles transformées en abris
p|Faute de sites d'accueil aménagés, les sinistrés ont trouvé refuge dans les établissements scolaires, les églises et les mosquées de la ville, ainsi que chez des proches. La délégation provinciale de l'Action sociale a recensé environ 2 600 personnes déplacées, dont une majorité de femmes et d'enfants.
p|Les besoins sont immenses : nattes, moustiquaires, vivres, kits d'hygiène et surtout eau potable, plusieurs puits ayant été submergés. Les agents de santé redoutent une flambée des cas de paludisme et de maladies diarrhéiques dans les prochaines semaines.
read-also|Lire aussi : Inondations : le gouvernement active le plan de contingence national
p|Sur le plan agricole, les premiers constats sont également préoccupants. De nombreux champs de sorgho, d'arachide et de coton situés dans les bas-fonds sont sous les eaux, à quelques semaines du début des récoltes.
ad|PUBLICITÉ
h2|Appel à la solidarité
p|Le gouverneur de la province a lancé un appel à la solidarité nationale et aux partenaires humanitaires. Une mission conjointe du ministère de l'Action sociale et de plusieurs agences des Nations unies est attendue à Pala en début de semaine prochaine pour évaluer les besoins.
p|Les ressortissants de la province établis à N'Djamena ont, de leur côté, annoncé l'organisation d'une collecte de fonds. Des élus locaux pointent toutefois la responsabilité des constructions anarchiques dans les zones inondables et l'absence de caniveaux dans la plupart des quartiers.
p|« Chaque année on parle des inondations, chaque année on promet des ouvrages, et chaque année on recommence. Il faut une vraie politique d'aménagement de la ville », estime un conseiller municipal joint par téléphone.
p|La Direction de la météorologie nationale prévoit la poursuite de fortes précipitations sur le sud-ouest du pays jusqu'à la fin du mois d'août.
signature|Nadjiram Beassoum, correspondant de Wahda Info à Pala
tags|Tags : Inondations Mayo-Kebbi Ouest Pala Saison des pluies
rating|Notez
print|Imprimer
share|Envoyer à un ami
font|Augmenter la taille du texte
font|Diminuer la taille du texte
share|Partager
related|Dans la même rubrique :
nav|< >
related|Tchad : à Moundou, des jeunes s'organisent pour curer les caniveaux - 20/08/2026
related|N'Djamena : les habitants de Walia redoutent la montée du Chari - 20/08/2026
related|Tchad : la CNDH dénonce les conditions de détention à la maison d'arrêt de Klessoum - 19/08/2026
related|Sarh : les enseignants bénévoles réclament leur intégration - 18/08/2026
comments|Commentaires (0)
comments|Nouveau commentaire :
comments|Facebook Twitter
comments|Vous pouvez commenter cet article en étant identifié. Les commentaires sont modérés.
newsletter|Inscription à la newsletter
newsletter|Abonnement Désabonnement
newsletter|OK
most-read|Les plus lus
most-read|Tchad : le gouvernement fixe la date de la rentrée des classes dans les provinces du Sud
teaser-list|Mayo-Kebbi Ouest : plus de 400 habitations détruites par les pluies diluviennes à Pala
most-read|Tchad : un nouveau directeur général nommé à la Société tchadienne des eaux
most-read|Football : le Tchad affronte le Niger en amical à N'Djamena
ad|ANNONCE
ad|Vente de parcelles viabilisées à Toukra - Titres fonciers disponibles - Tél. : +235 99 00 00 00
contact|CONTACTEZ LA RÉDACTION : redaction@wahda-info.td - WhatsApp : +235 66 00 00 00
footer|Wahda Info - Premier média en ligne au Tchad depuis 2009
footer|Accueil Envoyer à un ami Version imprimable Partager
footer|Wahda Info © 2009-2026 - Contacts - Mentions légales - Annonces - Plan du site
footer|Propulsé par un système de gestion de sites d'information
"""),
 dict(id="moscow-times-style-1", site="moscow-times-style", lang="en", sep="\n", title="Yakutsk Residents Rally Over Heating Bills That Tripled After Tariff Reform", date="2026-01-22", page="""
skip-link|Skip to main content
mirror|Can't access our website? Use a VPN or our mirror site
donate|Support The Moscow Courier
donate|Contribute today
menu|The Moscow Courier
menu|Independent News From Russia
lang-switch|Русская версия
menu|News
menu|Ukraine War
menu|Opinion
menu|Business
menu|Regions
menu|Arts & Life
menu|Podcasts
menu|Newsletters
menu|Archive
search|Search
age|18+
section-label|News
h1|Yakutsk Residents Rally Over Heating Bills That Tripled After Tariff Reform
lead|Authorities in Russia's coldest regional capital blamed a "calculation error" as pensioners received bills larger than their monthly income.
dateline|Jan. 22, 2026
dateline|Updated: Jan. 23, 2026
byline|The Moscow Courier
share|Facebook
share|X
share|Telegram
share|Bluesky
share|Copy link
caption|Yakutsk in January. Pavel Sedov / TASS
p|Several hundred residents of Yakutsk gathered outside the city administration building on Wednesday in temperatures of minus 44 degrees Celsius to protest heating bills that many said had tripled since the start of the year.
p|The rally, which local authorities had not authorized, lasted just under an hour and ended peacefully, according to videos posted on local Telegram channels. Participants held handwritten signs reading "We are not freezing for free" and "Who counted this?"
p|The protest followed a wave of complaints after households in several districts of the city received their December utility statements. Residents shared photographs of bills showing heating charges of between 14,000 and 22,000 rubles ($160-250) for a two-room apartment, compared with roughly 5,000 rubles a year earlier.
read-also|Read more: Russia's Regions Face Record Budget Shortfalls as Oil Revenues Slump
p|"My pension is 21,000 rubles. They want me to give them everything and live on air," a woman who gave her name as Lyudmila told the independent outlet Sakha Line, which broadcast the rally live.
h2|'Calculation error'
p|The spike came after Yakutia switched on Jan. 1 to a new system for calculating heating tariffs that regional officials had promised would make payments fairer by linking them to the actual consumption of each building.
p|On Thursday, the regional government acknowledged that a number of buildings had been billed on the basis of incorrect data. Yakutia's housing and utilities minister, Viktor Sleptsov, said in a video statement that the overcharges stemmed from a "calculation error by the management company" and promised that the December bills would be recalculated.
p|"No resident will pay more than they paid last year for the same service," Sleptsov said. He did not say how many households had been affected.
p|Local activists said they were skeptical. They pointed out that utility tariffs across Russia rose by an average of nearly 12% last July and are expected to increase again this summer, as the government seeks to fund the repair of aging Soviet-era infrastructure.
h2|Rare protest
p|Street protests over economic issues have become rare in Russia since the start of the full-scale invasion of Ukraine, as authorities have tightened laws on public gatherings and handed out heavy sentences to anti-war demonstrators.
p|Police in Yakutsk did not detain any of the participants on Wednesday, but at least two local activists said they had received phone calls from officers "inviting them for a conversation" the following morning.
p|Utility costs have, however, been a recurring source of tension in Russia's regions. Residents of several cities in Siberia and the Far East have complained of repeated heating outages this winter after accidents at aging boiler plants and pipelines.
p|Yakutsk, a city of about 360,000 people built on permafrost, is regularly ranked as the coldest major city in the world, with average January temperatures below minus 38 degrees Celsius.
signature|Reuters contributed reporting.
donate|A Message from The Moscow Courier:
donate|Dear readers,
donate|We are facing unprecedented challenges. Russia's Prosecutor General's Office has designated The Moscow Courier as an "undesirable" organization, criminalizing our work and putting our staff at risk of prosecution. This follows our earlier unjust labeling as a "foreign agent."
donate|These actions are direct attempts to silence independent journalism in Russia. The authorities claim our work "discredits the decisions of the Russian leadership." We see things differently: we strive to provide accurate, unbiased reporting on Russia.
donate|We, the journalists of The Moscow Courier, refuse to be silenced. But to continue our work, we need your help.
donate|Your support, no matter how small, makes a world of difference. If you can, please support us monthly starting from just $2. It's quick to set up, and every contribution makes a significant impact.
donate|By supporting The Moscow Courier, you're defending open, independent journalism in the face of repression. Thank you for standing with us.
donate|Once
donate|Monthly
donate|Annually
donate|Continue
donate|Remind me later.
tags|Read more about: Yakutia Utilities Protests Regions
newsletter|Sign up for our free weekly newsletter
newsletter|Our weekly newsletter contains a hand-picked selection of news, features, analysis and more from The Moscow Courier. You are subscribing to The Moscow Courier newsletter.
newsletter|Subscribe
telegram|Follow us on Telegram: @moscowcourier
related|Read more
related|Omsk Governor Fires Utilities Chief After Week-Long Heating Outage
related|Jan. 19, 2026
related|Russia's Inflation Slows to 6.1% but Households See No Relief, Survey Says
related|Jan. 16, 2026
related|Kremlin Says Utility Tariff Hikes 'Unavoidable' Amid Pipeline Repairs
related|Jan. 12, 2026
related|Opinion: Russia's Regions Are Paying for the War Through Their Radiators
related|Jan. 9, 2026
footer|The Moscow Courier
footer|About us
footer|Our team
footer|Contact us
footer|Advertise
footer|Terms of use
footer|Privacy policy
footer|Donate
social|Telegram YouTube Instagram X Facebook Bluesky
copyright|© The Moscow Courier, all rights reserved.
"""),
 dict(id="moscow-times-style-2", site="moscow-times-style", lang="en", sep="\n", title="Central Bank Holds Key Rate at 15% as Budget Deficit Widens", date="2026-06-12", page="""
skip-link|Skip to main content
mirror|Can't access our website? Use a VPN or our mirror site
donate|Support The Moscow Courier
donate|Contribute today
menu|The Moscow Courier
menu|Independent News From Russia
lang-switch|Русская версия
menu|News
menu|Ukraine War
menu|Opinion
menu|Business
menu|Regions
menu|Arts & Life
menu|Podcasts
menu|Newsletters
menu|Archive
search|Search
age|18+
section-label|Business
h1|Central Bank Holds Key Rate at 15% as Budget Deficit Widens
lead|Officials said inflation risks remained "elevated" despite a slowdown in consumer prices.
dateline|June 12, 2026
byline|By Daria Voronova
share|Facebook
share|X
share|Telegram
share|Bluesky
share|Copy link
caption|Russia's Central Bank headquarters in central Moscow. Sofya Sandurskaya / Moskva News Agency
listen|Listen to this article
listen|5 min
p|Russia's Central Bank on Friday kept its key interest rate unchanged at 15%, pausing a cycle of cuts that began last summer as officials warned that a widening budget deficit and a weak ruble could reignite inflation.
p|The decision was in line with the expectations of most analysts surveyed by Reuters ahead of the meeting, though several had predicted a further reduction of one percentage point.
p|"The disinflation process is continuing, but it is uneven," First Deputy Governor Sergei Malinin told a press conference after the meeting. "The risks to inflation remain elevated, first of all because of the situation with the budget and the labor market."
p|Annual inflation slowed to 6.4% in May, according to the state statistics agency Rosstat, down from above 10% in early 2025, but still well above the regulator's 4% target.
read-also|Read more: Russia's Budget Deficit Tops Full-Year Target in Five Months
h2|Spending pressure
p|The Finance Ministry said last week that the federal budget deficit had reached 4.1 trillion rubles ($48 billion) in the first five months of the year, exceeding the target for the entire year, as oil and gas revenues fell and military spending remained at a record high.
p|Economists say the government is likely to fund the gap by borrowing more on the domestic market and drawing on the National Wealth Fund, whose liquid assets have shrunk to their lowest level since it was created.
p|The Central Bank said in its statement that it would consider "the parameters of the budget for the coming years" at its next meeting in July. It kept open the possibility of resuming rate cuts in the second half of the year.
p|Businesses have long complained that high borrowing costs are choking investment. Several large industrial groups, including steel and coal producers, have announced production cuts this year, while the number of corporate bankruptcies has climbed.
h2|What analysts said
li|A former Central Bank official now at a Berlin-based think tank said the regulator was "buying time" until the government clarified its fiscal plans.
li|Economists at a major Moscow brokerage said they now expected the key rate to end the year at 13%, down from a previous forecast of 12%.
li|Analysts at an independent research center said the pause showed that the Central Bank "no longer trusts" the Finance Ministry's deficit projections.
p|The ruble weakened slightly after the announcement, trading at around 86 to the U.S. dollar in Moscow on Friday afternoon.
p|Malinin said the regulator did not target the exchange rate and described recent fluctuations as "within normal range."
donate|A Message from The Moscow Courier:
donate|Dear readers,
donate|We are facing unprecedented challenges. Russia's Prosecutor General's Office has designated The Moscow Courier as an "undesirable" organization, criminalizing our work and putting our staff at risk of prosecution. This follows our earlier unjust labeling as a "foreign agent."
donate|These actions are direct attempts to silence independent journalism in Russia. The authorities claim our work "discredits the decisions of the Russian leadership." We see things differently: we strive to provide accurate, unbiased reporting on Russia.
donate|We, the journalists of The Moscow Courier, refuse to be silenced. But to continue our work, we need your help.
donate|Your support, no matter how small, makes a world of difference. If you can, please support us monthly starting from just $2. It's quick to set up, and every contribution makes a significant impact.
donate|By supporting The Moscow Courier, you're defending open, independent journalism in the face of repression. Thank you for standing with us.
donate|Once
donate|Monthly
donate|Annually
donate|Continue
donate|Remind me later.
tags|Read more about: Central Bank Interest rates Inflation Economy
newsletter|Sign up for our free weekly newsletter
newsletter|Our weekly newsletter contains a hand-picked selection of news, features, analysis and more from The Moscow Courier. You are subscribing to The Moscow Courier newsletter.
newsletter|Subscribe
telegram|Follow us on Telegram: @moscowcourier
related|Read more
related|Russian Steelmakers Cut Output as Demand From Builders Collapses
related|June 10, 2026
related|National Wealth Fund's Liquid Assets Fall to Record Low
related|June 4, 2026
related|Corporate Bankruptcies in Russia Rise 20% in First Quarter
related|May 28, 2026
related|Podcast: Is Russia's War Economy Running Out of Road?
related|May 22, 2026
footer|The Moscow Courier
footer|About us
footer|Our team
footer|Contact us
footer|Advertise
footer|Terms of use
footer|Privacy policy
footer|Donate
social|Telegram YouTube Instagram X Facebook Bluesky
copyright|© The Moscow Courier, all rights reserved.
"""),
 dict(id="cridem-mauritanie-style-1", site="cridem-mauritanie-style", lang="fr", sep="\n", title="Nouakchott : la SOMELEC annonce des coupures programmées dans trois moughataas", date="2026-07-09", page="""
menu|CRIMAUR
menu|Carrefour de l'information mauritanienne
clock|Jeudi 9 Juillet 2026 - 14:02
lang-switch|عربي
menu|Accueil - Actualités - Communiqués - Libre Expression - Régions - Diaspora - Sports - Culture - Annonces - Nécrologie - Vidéos - Contact
search|Rechercher sur Crimaur
search|OK
ticker|Heures de prière à Nouakchott : Fajr 05:02 Dohr 13:47 Asr 17:19 Maghreb 20:16 Icha 21:36
ticker|Devises : 1 Euro = 45,12 MRU - 1 Dollar = 39,87 MRU
weather|Nouakchott 36°C Vent de sable
ad|PUBLICITÉ
ad|Mauritel - Forfait Été : 20 Go à 200 MRU valables 30 jours. Tapez *600#
breaking|Flash :
breaking|Le Conseil des ministres adopte un projet de loi sur l'orpaillage artisanal
breaking|Zouérate : la SNIM annonce un recrutement de 300 techniciens
section-label|Actualités
h1|Nouakchott : la SOMELEC annonce des coupures programmées dans trois moughataas
dateline|09-07-2026 11:48
views|Lu 3 412 fois
font|A+ A-
print|Imprimer
share|Envoyer à un ami
share|Partager sur Facebook - WhatsApp - X
caption|Un poste de transformation de la SOMELEC à Tevragh Zeina (illustration)
p|La Société mauritanienne d'électricité (SOMELEC) a annoncé mercredi soir une série de coupures programmées de courant dans les moughataas de Dar Naïm, Toujounine et Arafat, à compter du samedi 11 juillet et pour une durée de deux semaines.
p|Dans un communiqué publié sur sa page officielle, la société explique que ces interruptions sont rendues nécessaires par des travaux de renforcement du réseau de distribution, destinés à « répondre à la forte hausse de la demande enregistrée depuis le début de la saison chaude ».
p|Les coupures interviendront, selon le communiqué, entre 9 heures et 15 heures, par rotation entre les quartiers. Le programme détaillé doit être diffusé quotidiennement sur les réseaux sociaux de la société et à travers les imams des mosquées des quartiers concernés.
h2|Des habitants excédés
p|L'annonce a suscité une vague de réactions dans les quartiers concernés, où les habitants se plaignent depuis plusieurs semaines de délestages répétés, non annoncés, parfois en pleine nuit.
p|« On ne dort plus. Avec cette chaleur, sans ventilateur, les enfants et les personnes âgées souffrent. Et maintenant ils nous annoncent officiellement deux semaines de coupures », s'indigne Mariem, commerçante au marché de Dar Naïm, qui dit avoir perdu une partie de son stock de produits frais la semaine dernière.
p|À Arafat, des propriétaires de boutiques de soudure et de menuiserie métallique affirment travailler au ralenti depuis le début du mois. Plusieurs d'entre eux ont investi dans des groupes électrogènes, dont le coût de fonctionnement pèse sur leurs revenus.
ad|PUBLICITÉ
ad|BMCI Mobile - Payez vos factures SOMELEC et SNDE sans vous déplacer
h2|Un réseau sous pression
p|La direction de la SOMELEC reconnaît que le réseau de distribution de la capitale, dont une partie date des années 1990, n'a pas suivi l'extension rapide des quartiers périphériques. La consommation de pointe de Nouakchott a progressé de près de 12 % en un an, selon des chiffres communiqués en mai devant l'Assemblée nationale.
p|La société assure que les travaux en cours, financés en partie par un bailleur de fonds arabe, permettront la mise en service de quatre nouveaux postes de transformation et le remplacement de plusieurs dizaines de kilomètres de câbles.
p|En attendant, plusieurs députés de l'opposition ont demandé la convocation du ministre du Pétrole, des Mines et de l'Énergie pour s'expliquer sur la gestion de la crise. Un collectif de consommateurs appelle de son côté à une compensation sur les factures du mois de juillet.
signature|Source : Le Quotidien de Nouakchott
disclaimer|Les articles, commentaires et propos publiés sur ce site sont sous la responsabilité de leurs auteurs ou publications d'origine et ne représentent en aucun cas les opinions de Crimaur.
comments|Commentaires : 3
comments|Sidi, le 09-07-2026 à 12:20
comments|Toujours les mêmes promesses. À Toujounine on a eu 6 heures de coupure hier sans aucune annonce.
comments|Abdallahi O., le 09-07-2026 à 12:57
comments|Il faut que l'État investisse dans le solaire pour les quartiers périphériques.
comments|Fatimetou, le 09-07-2026 à 13:31
comments|Merci pour l'information, au moins maintenant on sait.
comments|Réagir à cet article
comments|Pseudo
comments|Votre commentaire
comments|Envoyer
related|Articles de la même rubrique
related|[09/07/2026] Rosso : les producteurs de riz réclament l'ouverture des vannes du canal principal
related|[09/07/2026] Nouakchott : la commune de Ksar lance une campagne de ramassage des ordures
related|[08/07/2026] Bac 2026 : le taux de réussite en hausse selon le ministère
related|[08/07/2026] Kiffa : pénurie d'eau potable dans plusieurs quartiers
obituary|Nécrologie
obituary|Décès à Nouakchott de Mme Aïchetou Mint Ahmed Salem
obituary|Décès à Atar de M. Mohamed Ould Sidi Brahim, ancien instituteur
notices|Annonces
notices|Avis de perte d'un titre foncier n° 12 345 du cercle du Trarza au nom de M. Cheikh Ould Ely
notices|Avis d'appel d'offres - Fourniture de matériel informatique pour le compte d'une ONG
most-read|Les plus lus
most-read|Exclusif : remaniement attendu au sein du gouvernement
most-read|Nouadhibou : un chalutier chinois arraisonné au large du Cap Blanc
most-read|Libre expression : Lettre ouverte au ministre de l'Éducation nationale
footer|Crimaur - Le portail de la Mauritanie depuis 2004
footer|Qui sommes-nous - Publicité - Contact - Envoyer un article
copyright|Copyright © 2004-2026 Crimaur. Tous droits réservés.
"""),
 dict(id="cridem-mauritanie-style-2", site="cridem-mauritanie-style", lang="fr", sep="\n", title="Nouadhibou : les garde-côtes saisissent deux tonnes de poulpe pêché en période de repos biologique", date="2026-05-27", page="""
menu|CRIMAUR
menu|Carrefour de l'information mauritanienne
clock|Mercredi 27 Mai 2026 - 19:40
lang-switch|عربي
menu|Accueil - Actualités - Communiqués - Libre Expression - Régions - Diaspora - Sports - Culture - Annonces - Nécrologie - Vidéos - Contact
search|Rechercher sur Crimaur
search|OK
ticker|Heures de prière à Nouakchott : Fajr 05:08 Dohr 13:41 Asr 17:12 Maghreb 20:04 Icha 21:24
ticker|Devises : 1 Euro = 44,86 MRU - 1 Dollar = 39,92 MRU
weather|Nouakchott 31°C Ensoleillé
ad|PUBLICITÉ
ad|Chinguitel - Restez connectés pendant l'Aïd : bonus de 100 % sur toutes vos recharges
breaking|Flash :
breaking|Tabaski : le gouvernement fixe les prix de référence du mouton
section-label|Régions
h1|Nouadhibou : les garde-côtes saisissent deux tonnes de poulpe pêché en période de repos biologique
dateline|27-05-2026 17:05
views|Lu 1 958 fois
font|A+ A-
print|Imprimer
share|Envoyer à un ami
share|Partager sur Facebook - WhatsApp - X
dateline|Nouadhibou, 27/05/2026 (AMI) -
p|Les unités de la Garde-côtes mauritanienne ont saisi, dans la nuit de mardi à mercredi, près de deux tonnes de poulpe pêché en violation de la période de repos biologique en vigueur depuis le 1er mai, a-t-on appris de source officielle.
p|La marchandise a été découverte à bord de deux camions frigorifiques interceptés à un poste de contrôle à la sortie de Nouadhibou, sur la route de Nouakchott. Selon le commandant de la zone nord des garde-côtes, les chauffeurs n'ont pu présenter aucun document justifiant l'origine des produits.
p|« Les premières investigations montrent que ce poulpe a été débarqué clandestinement par des embarcations de pêche artisanale sur des plages au sud de la ville, puis conditionné dans un entrepôt non agréé », a-t-il précisé.
caption|Les cartons de poulpe saisis exposés au siège de la délégation régionale (photo AMI)
h2|Des sanctions prévues par le code des pêches
p|Les deux chauffeurs ont été placés en garde à vue et une enquête a été ouverte pour identifier les propriétaires des embarcations et de l'entrepôt. Le code des pêches prévoit, en cas d'infraction aux mesures de repos biologique, des amendes pouvant atteindre plusieurs millions d'ouguiyas ainsi que la confiscation des captures et du matériel.
p|Le délégué régional du ministère des Pêches et de l'Économie maritime a rappelé que la période de repos biologique, qui s'étend cette année jusqu'au 31 juillet, vise à préserver la reproduction du poulpe, principale ressource de la pêche artisanale mauritanienne.
p|Il a indiqué que les contrôles seraient renforcés dans les prochaines semaines, en coordination avec les services de la gendarmerie et de la douane, notamment sur les axes routiers menant vers Nouakchott et la frontière nord. Les mesures annoncées comprennent :
li|des patrouilles nocturnes sur les plages de débarquement entre Nouadhibou et le parc national du Banc d'Arguin ;
li|l'inspection systématique des camions frigorifiques aux postes de contrôle ;
li|la fermeture administrative des entrepôts de conditionnement non agréés.
ad|PUBLICITÉ
h2|Les pêcheurs artisans réclament un accompagnement
p|Du côté des professionnels, la fédération de la pêche artisanale de Nouadhibou a condamné « toute activité illégale qui menace l'avenir du secteur », tout en appelant les pouvoirs publics à soutenir les milliers de pêcheurs privés de revenus pendant les trois mois d'arrêt.
p|« Nous respectons le repos biologique, mais nos familles doivent manger. Les indemnités promises l'an dernier ne sont pas arrivées à tout le monde », a déclaré l'un de ses responsables.
p|La marchandise saisie sera, selon la procédure habituelle, remise à des structures de bienfaisance après expertise des services sanitaires.
signature|Source : AMI
disclaimer|Les articles, commentaires et propos publiés sur ce site sont sous la responsabilité de leurs auteurs ou publications d'origine et ne représentent en aucun cas les opinions de Crimaur.
comments|Commentaires : 1
comments|Moussa B., le 27-05-2026 à 18:12
comments|Et les grands bateaux étrangers, qui les contrôle pendant ce temps ?
comments|Réagir à cet article
comments|Pseudo
comments|Votre commentaire
comments|Envoyer
related|Articles de la même rubrique
related|[27/05/2026] Néma : lancement de la campagne de vaccination du cheptel
related|[26/05/2026] Aleg : les enseignants contractuels en sit-in devant la direction régionale
related|[26/05/2026] Nouadhibou : la zone franche accueille un forum sur l'hydrogène vert
related|[25/05/2026] Tidjikja : les palmeraies menacées par la sécheresse
obituary|Nécrologie
obituary|Décès à Nouadhibou de M. El Hadj Ould Mahmoud, ancien armateur
notices|Annonces
notices|Avis de perte d'un passeport au nom de Mme Khadijetou Mint Brahim
notices|Avis de recrutement - Une société de la place recherche un comptable expérimenté
most-read|Les plus lus
most-read|Tabaski : le prix du mouton s'envole sur les marchés de Nouakchott
teaser-list|Nouadhibou : les garde-côtes saisissent deux tonnes de poulpe pêché en période de repos biologique
most-read|Libre expression : Où va notre système éducatif ?
footer|Crimaur - Le portail de la Mauritanie depuis 2004
footer|Qui sommes-nous - Publicité - Contact - Envoyer un article
copyright|Copyright © 2004-2026 Crimaur. Tous droits réservés.
"""),
 dict(id="addis-standard-style-1", site="addis-standard-style", lang="en", sep="\n", title="City Admin Orders Relocation of 12,000 Street Vendors Ahead of Piassa Corridor Works", date="2026-04-14", page="""
skip-link|Skip to content
clock|Tuesday, April 14, 2026
lang-switch|Addis Monitor Amharic
lang-switch|Addis Monitor Afaan Oromoo
social|Facebook Twitter Telegram YouTube LinkedIn
account|Subscribe
menu|ADDIS MONITOR
menu|Home
menu|News
menu|Politics
menu|Business
menu|Social Affairs
menu|Editorial
menu|Opinion
menu|Commentary
menu|Interview
menu|In-Depth Analysis
menu|Videos
menu|Podcast
search|Search
breaking|BREAKING
breaking|NEBE announces timetable for by-elections in 14 constituencies
breaking|Birr weakens past 160 against the dollar at official window
ad|Advertisement
ad|Dashen Bank - Amole: Bank anytime, anywhere. Download now
breadcrumb|Home » News
section-label|News
h1|City Admin Orders Relocation of 12,000 Street Vendors Ahead of Piassa Corridor Works
byline|By Hiwot Tesfaye @HiwotTesfayeAM
dateline|April 14, 2026
comments|0
reading-time|Reading Time: 3 mins read
share|Share on Facebook
share|Share on Twitter
share|Telegram
share|WhatsApp
caption|Vendors display their goods along a road in the Piassa area. (Photo: Addis Monitor/File)
p|Addis Abeba – The Addis Abeba City Administration has ordered an estimated 12,000 street vendors operating in Piassa, Arat Kilo and the Merkato periphery to vacate their trading spots within 30 days, as the second phase of the city's corridor development project is set to extend into the historic district.
p|In a notice distributed to sub-city offices on Monday, the city's Trade Bureau said the vendors would be relocated to "designated and organized market places" in Gullele, Kolfe Keranio and Addis Ketema sub-cities, where shades and stalls were being prepared. The notice did not specify how many stalls would be available or how they would be allocated.
p|Officials at the Bureau told Addis Monitor that vendors who are registered with their woreda offices would receive priority and that the relocation would be carried out "in a phased and peaceful manner." Those who are not registered, they said, would have to apply through the city's job creation offices.
h2|'We were not consulted'
p|Vendors who spoke to Addis Monitor on Tuesday expressed frustration at the short notice and doubted the new sites would attract customers.
p|"I have been selling shoes on this street for nine years. My customers know me here. Who will come to find me in Kolfe?" said Tigist, a mother of three who asked that only her first name be used. "Nobody asked us anything. They just told us to leave."
p|Another vendor, selling mobile phone accessories near the Piassa roundabout, said he had already been moved twice in the past three years. "Each time they promise a shade and each time we find nothing there," he said.
read-also|RELATED: Corridor project: Residents of Arat Kilo say compensation still unpaid a year on
p|Street vending is a main source of income for tens of thousands of residents in the capital, many of them women and young people who migrated from the regions. A 2024 study by a local research institute estimated that informal trade employs close to a fifth of the city's working population.
h2|Rights groups urge caution
p|The Ethiopian Human Rights Commission (EHRC) had in previous reports raised concerns over forced evictions linked to the corridor works, urging authorities to ensure adequate notice, consultation and compensation for affected residents and traders.
p|A lawyer with a local legal aid organization, who requested anonymity, said the city was within its rights to regulate street trade but that "relocation without a clear livelihood plan is likely to push people into further poverty."
p|The first phase of the corridor development project, launched in 2024, saw the demolition of hundreds of buildings in Piassa, Arat Kilo and around Bole, and the construction of new roads, bicycle lanes and public spaces. City officials have said the project will make Addis Abeba "a city worthy of its status as Africa's diplomatic capital."
p|The Trade Bureau said it would hold consultations with vendors' representatives in each sub-city before the end of the month. AM
tags|Tags: Addis Abeba City Administration Corridor Development Piassa Street vendors
share|Share on Facebook
share|Share on Twitter
share|Telegram
nav|Previous Post
nav|Gov't, WFP sign agreement to resume food aid distribution in Tigray
nav|Next Post
nav|Oromia: Residents of West Guji say security forces detained dozens after attack
related|Related Posts
related|Corridor project: Residents of Arat Kilo say compensation still unpaid a year on
related|April 10, 2026
related|Addis Abeba: City to ban animal-drawn carts from main roads starting next month
related|April 2, 2026
related|Merkato traders decry new rental fees at city-owned shops
related|March 27, 2026
comments|Leave a Reply Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
telegram|Join Addis Monitor on Telegram for breaking news updates
newsletter|Subscribe to our newsletter
newsletter|Get the latest from Addis Monitor delivered to your inbox every week.
newsletter|Subscribe
most-read|Popular
most-read|Editorial: The price of silence over the north
most-read|Analysis: What the new investment proclamation means for foreign banks
most-read|Interview: "Our refineries are running at half capacity"
footer|Addis Monitor is a monthly magazine and daily online news platform published in Addis Abeba since 2011.
footer|About Us
footer|Advertise With Us
footer|Contact Us
footer|Privacy Policy
footer|Careers
copyright|© 2026 Addis Monitor - All rights reserved.
"""),
 dict(id="addis-standard-style-2", site="addis-standard-style", lang="en", sep="\n", title="Interview: \"Farmers need predictability, not another directive,\" says coffee traders' forum chair", date="2026-09-03", page="""
skip-link|Skip to content
clock|Thursday, September 3, 2026
lang-switch|Addis Monitor Amharic
lang-switch|Addis Monitor Afaan Oromoo
social|Facebook Twitter Telegram YouTube LinkedIn
account|Subscribe
menu|ADDIS MONITOR
menu|Home
menu|News
menu|Politics
menu|Business
menu|Social Affairs
menu|Editorial
menu|Opinion
menu|Commentary
menu|Interview
menu|In-Depth Analysis
menu|Videos
menu|Podcast
search|Search
breaking|BREAKING
breaking|Ethiopian New Year: Gov't pardons over 3,000 prisoners
ad|Advertisement
ad|Ethio telecom - Telebirr: send money to 30 countries instantly
breadcrumb|Home » Interview
section-label|Interview
h1|Interview: "Farmers need predictability, not another directive," says coffee traders' forum chair
byline|By Biruk Alemu @BirukAlemu_
dateline|September 3, 2026
comments|2
reading-time|Reading Time: 5 mins read
share|Share on Facebook
share|Share on Twitter
share|Telegram
share|WhatsApp
caption|Meseret Haile, chairperson of the Ethiopian Specialty Coffee Traders Forum. (Photo: Addis Monitor)
lead|Addis Abeba – Ethiopia's coffee export earnings hit a record last fiscal year, but traders and farmers in the south say frequent changes to marketing rules are eroding their margins. Addis Monitor's Biruk Alemu sat down with Meseret Haile, chairperson of the Ethiopian Specialty Coffee Traders Forum, to discuss the new export directive, the exchange rate and what lies ahead for the sector. Excerpts:
h2|Addis Monitor: Coffee earnings reached a record level last year. Why are your members complaining?
p|Meseret Haile: The headline figure is good, nobody denies that. But if you go to Yirgacheffe or to Guji and talk to the farmer, he will tell you a different story. Fertilizer is more expensive, transport is more expensive, labor is more expensive. The export price in dollars went up, yes, but when you follow the money down to the farm gate, a large part has been eaten by costs. And the traders in the middle are squeezed from both sides.
h2|Addis Monitor: The Coffee and Tea Authority issued a new directive in July that sets a minimum export price per contract. What is your main concern?
p|Meseret Haile: Our concern is not the minimum price in itself. The idea is to stop under-invoicing, and we support that. The problem is the way it is applied. The minimum price is revised every two weeks, sometimes without notice, and a buyer in Europe or Asia who signed a contract three months ago does not want to hear that the price has changed. We lost several contracts this summer because of this.
p|We have asked the Authority for three things:
li|a minimum price that is set per season, not every two weeks;
li|a consultation period before any new directive enters into force;
li|a fast-track channel to approve contracts that were signed before a change.
h2|Addis Monitor: Has the Authority responded?
p|Meseret Haile: We had two meetings. They listened, and they promised to review the timing. But we have heard promises before. What the sector needs is predictability. A farmer plants a coffee tree and waits three or four years for a harvest. You cannot change the rules every month and expect people to invest.
ad|Advertisement
read-also|Also read: Coffee exports earn record $2.1 billion in 2025/26 fiscal year
h2|Addis Monitor: How has the floating of the Birr affected exporters?
p|Meseret Haile: In the beginning it helped. Exporters received more Birr for each dollar, and that allowed some of us to pay farmers better. But inflation followed very quickly. Today the advantage is much smaller, and access to foreign currency for importing equipment, such as hulling machines and jute bags, is still difficult for small companies.
h2|Addis Monitor: Security has also been a problem in some coffee-growing areas. Is that still the case?
p|Meseret Haile: In some parts of Oromia, yes. Trucks are sometimes stopped, and some collectors do not want to travel to certain woredas. This increases costs and delays. When the coffee arrives late at the warehouse in Addis, it loses quality, and the buyer pays less. Peace is also an economic issue.
h2|Addis Monitor: What would you say to the government ahead of the new harvest season?
p|Meseret Haile: Sit with us before you decide, not after. We are not against regulation. We want Ethiopian coffee to keep its reputation as the best in the world. But the people who produce and sell it must be part of the conversation. AM
tags|Tags: Coffee Coffee and Tea Authority Exports Interview Birr
share|Share on Facebook
share|Share on Twitter
share|Telegram
nav|Previous Post
nav|Amhara: Schools in several zones yet to reopen as new academic year begins
nav|Next Post
nav|Editorial: A new year, and old promises
related|Related Posts
related|Interview: "Our refineries are running at half capacity"
related|August 20, 2026
related|Coffee exports earn record $2.1 billion in 2025/26 fiscal year
related|July 15, 2026
related|Exporters say new directive threatens forward contracts
related|July 22, 2026
comments|2 Comments
comments|Dawit G.
comments|September 3, 2026 at 4:12 pm
comments|Very good interview. The two-week price change is killing small exporters.
comments|Reply
comments|Sara
comments|September 3, 2026 at 7:45 pm
comments|The farmers in Sidama are still waiting for their second payment.
comments|Reply
comments|Leave a Reply Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
telegram|Join Addis Monitor on Telegram for breaking news updates
newsletter|Subscribe to our newsletter
newsletter|Get the latest from Addis Monitor delivered to your inbox every week.
newsletter|Subscribe
most-read|Popular
most-read|Ethiopian New Year: Gov't pardons over 3,000 prisoners
most-read|Analysis: Why the Birr keeps sliding
most-read|Opinion: Our universities need autonomy, not slogans
footer|Addis Monitor is a monthly magazine and daily online news platform published in Addis Abeba since 2011.
footer|About Us
footer|Advertise With Us
footer|Contact Us
footer|Privacy Policy
footer|Careers
copyright|© 2026 Addis Monitor - All rights reserved.
"""),
]
