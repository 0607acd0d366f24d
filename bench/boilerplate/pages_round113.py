# Round 113: eight pages on four more layouts (a Beninese French-language state daily's site, a Kenyan
# English-language viral news portal, a Cameroonian French-language news portal, a Zambian English-language
# social-first news site), written blind: without looking at the classifier, its rules or the benchmark, measured
# once. Each line: "label|text". Invented text; no real article is copied.
ROUND113 = [
 dict(id="la-nation-benin-style-1", site="la-nation-benin-style", lang="fr", sep="\n", title="Campagne cotonnière 2025-2026 : le Bénin table sur 720 000 tonnes de coton-graine", date="2026-02-10", page="""
skip-link|Aller au contenu
timestamp|mardi, 10 février 2026
weather|Cotonou 31°C
social|Facebook Twitter YouTube LinkedIn
menu|La Concorde
menu|Quotidien béninois d'informations générales
menu|Accueil
menu|Actualités
menu|Politique
menu|Économie
menu|Société
menu|Culture
menu|Sports
menu|Régions
menu|International
menu|Dossiers
menu|Nécrologie
epaper|Journal du jour
account|Abonnement
search|Rechercher...
breaking|FLASH INFO
breaking|Conseil des ministres : plusieurs nominations au ministère des Finances
breaking|Parakou : réception provisoire du nouveau marché Arzèkè
ad|Publicité
ad|Payez vos factures d'électricité avec votre mobile money, c'est simple et rapide !
breadcrumb|Accueil » Actualités » Économie
section-label|Economie
h1|Campagne cotonnière 2025-2026 : le Bénin table sur 720 000 tonnes de coton-graine
byline|Par Sêmèvo Bienvenu AGOSSOU
dateline|10 février 2026
comments|0 commentaire
views|(vu 1 387 fois)
font|A- A+
print|Imprimer
share|Partager sur Facebook
share|Partager sur Twitter
share|Partager sur WhatsApp
share|Envoyer par e-mail
caption|Pesée du coton-graine sur un marché autogéré à Kandi
credit|Photo : Archives La Concorde
lead|Malgré un démarrage tardif des pluies dans le Nord, l'interprofession de la filière coton maintient ses prévisions pour la campagne en cours. Les premières évaluations font état d'un rendement moyen en hausse dans plusieurs bassins de production.
p|La campagne cotonnière 2025-2026 devrait se solder par une production d'environ 720 000 tonnes de coton-graine. C'est l'estimation présentée, le vendredi 6 février dernier à Parakou, par le secrétaire permanent de l'interprofession, au terme d'une tournée d'évaluation conduite dans les départements de l'Alibori, du Borgou, de l'Atacora et des Collines.
p|Ce chiffre, s'il se confirme, placerait la campagne au-dessus de la précédente, marquée par des attaques d'insectes ravageurs qui avaient fait chuter les rendements dans certaines communes. « Les producteurs ont bien suivi les itinéraires techniques cette année. Les superficies emblavées sont restées stables, mais le rendement moyen progresse », a expliqué le responsable devant les acteurs de la filière.
h2|Un rendement moyen de 1 150 kg à l'hectare
p|Selon les données présentées, environ 625 000 hectares ont été emblavés sur l'ensemble du territoire. Le rendement moyen attendu est de 1 150 kilogrammes à l'hectare, contre un peu plus de 1 000 kilogrammes lors de la campagne écoulée. Le bassin de Kandi-Banikoara reste en tête, avec près de 40 % de la production nationale.
p|Les évaluateurs ont néanmoins relevé des disparités. Dans certaines zones des Collines, le retard des pluies de juin a contraint des producteurs à ressemer, tandis que l'Atacora a connu des poches de sécheresse en fin de cycle. « Nous avons perdu une partie de nos champs semés tard, mais ceux de la première vague sont très beaux », témoigne Alassane Worou, producteur à Gogounou.
read-also|Lire aussi : Filière anacarde : les exportations de noix brutes suspendues jusqu'en avril
h2|Le paiement des producteurs au cœur des préoccupations
p|Au-delà des volumes, la question du paiement reste sensible. Le prix d'achat du coton-graine premier choix a été fixé en début de campagne à 300 FCFA le kilogramme, un niveau que les organisations de producteurs jugent encourageant. Elles demandent toutefois que les fonds soient virés dans des délais plus courts après les pesées sur les marchés autogérés.
p|L'interprofession assure que des dispositions ont été prises avec les sociétés d'égrenage et les banques partenaires pour que les premiers paiements interviennent dans un délai de trois semaines. Le recours au paiement par mobile money, expérimenté l'an dernier dans quelques communes, sera étendu à l'ensemble des départements du Nord.
p|Les acteurs de la filière ont également insisté sur le respect du calendrier d'évacuation du coton vers les usines. Plusieurs marchés de l'Alibori disposent encore de stocks importants, exposés aux feux de brousse en cette période d'harmattan.
h2|Vers la transformation locale
p|Cette bonne tenue de la production intervient alors que le gouvernement mise sur la transformation d'une part croissante de la fibre au plan national, notamment à travers les unités textiles installées dans la Zone économique spéciale de Glo-Djigbé. L'objectif affiché est de transformer localement au moins 30 % de la fibre d'ici à 2030.
p|Pour le secrétaire permanent, la filière doit désormais consolider ses acquis : « Le Bénin est aujourd'hui un acteur majeur du coton en Afrique. Nous devons maintenir la qualité de la fibre, car c'est elle qui fait notre réputation sur le marché international. »
tags|Mots-clés : Alibori Coton Filière agricole Kandi Production cotonnière
share|Partagez cet article :
share|Facebook Twitter WhatsApp LinkedIn
nav|Article précédent
nav|Port de Cotonou : le trafic conteneurs en hausse de 9 % en 2025
nav|Article suivant
nav|Artisanat : ouverture du salon national à Porto-Novo
related|Articles similaires
related|Filière soja : un prix plancher fixé à 275 FCFA le kilogramme
related|3 février 2026
related|Intrants agricoles : 180 000 tonnes d'engrais déjà mises en place
related|27 janvier 2026
related|Glo-Djigbé : une troisième usine textile entre en production
related|19 janvier 2026
comments|Laisser un commentaire
comments|Vous devez être connecté pour publier un commentaire.
epaper|ÉDITION NUMÉRIQUE
epaper|La Concorde N° 8421 du mardi 10 février 2026
pdf|Télécharger le PDF
most-read|LES PLUS LUS
most-read|Recrutement de 2 000 enseignants : la liste des admis publiée
most-read|Santé : la campagne de vaccination contre la rougeole prolongée
most-read|Routes : les travaux de la voie de contournement de Bohicon avancent
newsletter|Newsletter
newsletter|Recevez chaque matin les titres de La Concorde
newsletter|Votre e-mail
newsletter|S'inscrire
footer|La Concorde est éditée par l'Office national d'édition, d'imprimerie et de presse
footer|Siège : Avenue Jean-Paul II, Cotonou – 01 BP 0000 Cotonou
footer|Tél. : (+229) 01 00 00 00 00
footer|Qui sommes-nous ? – Contact – Publicité – Mentions légales
copyright|© 2026 La Concorde. Tous droits réservés.
cookie|Ce site utilise des cookies pour améliorer votre expérience de navigation. Accepter En savoir plus
back-to-top|Retour en haut
"""),
 dict(id="la-nation-benin-style-2", site="la-nation-benin-style", lang="fr", sep="\n", title="Conseil des ministres : cinq lycées techniques agricoles ouvriront à la rentrée prochaine", date="2026-03-05", page="""
skip-link|Aller au contenu
timestamp|jeudi, 5 mars 2026
weather|Cotonou 33°C
social|Facebook Twitter YouTube LinkedIn
menu|La Concorde
menu|Quotidien béninois d'informations générales
menu|Accueil
menu|Actualités
menu|Politique
menu|Économie
menu|Société
menu|Culture
menu|Sports
menu|Régions
menu|International
menu|Dossiers
menu|Nécrologie
epaper|Journal du jour
account|Abonnement
search|Rechercher...
breaking|FLASH INFO
breaking|Examens scolaires : le calendrier 2026 rendu public
breaking|Porto-Novo : le pont de Djassin fermé à la circulation ce week-end
ad|Publicité
ad|Bénin Télécoms – Forfaits internet illimités à partir de 2 000 FCFA
breadcrumb|Accueil » Actualités » Politique
section-label|Politique
section-label|Compte rendu
h1|Conseil des ministres : cinq lycées techniques agricoles ouvriront à la rentrée prochaine
byline|Par Rédaction La Concorde
dateline|5 mars 2026
comments|1 commentaire
views|(vu 2 904 fois)
font|A- A+
print|Imprimer
share|Partager sur Facebook
share|Partager sur Twitter
share|Partager sur WhatsApp
share|Envoyer par e-mail
caption|Le Conseil des ministres s'est réuni ce mercredi au palais de la Marina
credit|Photo : Service de presse de la Présidence
lead|Le Conseil des ministres s'est réuni ce mercredi 4 mars 2026 sous la présidence du chef de l'État. Parmi les mesures adoptées figurent l'ouverture de cinq nouveaux lycées techniques agricoles et la création d'un fonds d'appui aux jeunes entrepreneurs ruraux.
p|Au titre des mesures normatives, le Conseil a adopté le décret portant création, attributions, organisation et fonctionnement de cinq lycées techniques agricoles. Ces établissements, dont la construction s'achève, accueilleront leurs premiers élèves à la rentrée scolaire 2026-2027. Ils seront implantés dans les communes suivantes :
li|Banikoara, dans l'Alibori ;
li|Djougou, dans la Donga ;
li|Savè, dans les Collines ;
li|Lokossa, dans le Mono ;
li|Zagnanado, dans le Zou.
p|Chacun de ces lycées aura une capacité d'accueil de 600 élèves en régime d'internat. Les filières proposées couvriront la production végétale, l'élevage, l'aquaculture ainsi que la transformation et la conservation des produits agricoles. Le recrutement des enseignants et du personnel d'encadrement se fera par voie de concours, dont le lancement interviendra avant la fin du mois d'avril.
read-also|Lire aussi : Enseignement technique : le taux de réussite au CAP en hausse de six points
h2|Un fonds pour les jeunes entrepreneurs ruraux
p|Le Conseil a par ailleurs autorisé la mise en place d'un fonds d'appui aux jeunes entrepreneurs ruraux, doté d'une enveloppe initiale de dix milliards de francs CFA. Il est destiné à financer, sous forme de prêts à taux réduit, les projets portés par des jeunes de 18 à 35 ans dans l'agriculture, l'élevage, la pêche et la transformation agroalimentaire.
p|Les sortants des lycées techniques agricoles et des centres de formation professionnelle bénéficieront d'un accès prioritaire à ce fonds. Le ministre de l'Agriculture a indiqué que les premiers appels à projets seront lancés au cours du deuxième trimestre.
ad|Publicité
ad|Assurance récolte : protégez votre exploitation contre les aléas climatiques
h2|Communications et mesures individuelles
p|Au titre des communications, le Conseil a pris acte du point d'exécution des travaux d'aménagement de 3 000 hectares de bas-fonds dans les départements du Couffo et du Plateau. Le taux d'avancement global est de 78 %, et les premières parcelles seront mises à la disposition des producteurs dès la prochaine saison des pluies.
p|Le Conseil a également examiné le rapport sur la situation des marchés en période de soudure. Le gouvernement a instruit les ministres concernés de veiller à la disponibilité des produits de grande consommation et au respect des prix homologués.
p|Au titre des mesures individuelles, il a été procédé à plusieurs nominations au ministère de l'Enseignement secondaire, technique et de la formation professionnelle, ainsi qu'à la direction générale de l'Agence territoriale de développement agricole du pôle 4.
signature|Fait à Cotonou, le 4 mars 2026
signature|Le Secrétaire général du Gouvernement
tags|Mots-clés : Conseil des ministres Enseignement technique Lycées agricoles Jeunes entrepreneurs
share|Partagez cet article :
share|Facebook Twitter WhatsApp LinkedIn
nav|Article précédent
nav|Assemblée nationale : ouverture de la première session ordinaire de l'année
nav|Article suivant
nav|Coopération : le Bénin et le Niger relancent leur commission mixte
related|Articles similaires
related|Conseil des ministres du 25 février 2026 : le compte rendu intégral
related|26 février 2026
related|Formation professionnelle : 12 000 apprentis certifiés en 2025
related|17 février 2026
related|Agriculture : le programme d'aménagement des bas-fonds à mi-parcours
related|9 février 2026
comments|1 commentaire
comments|Koffi Dossou-Yovo
comments|5 mars 2026 à 9 h 14 min
comments|Très bonne initiative pour Zagnanado, nos enfants n'auront plus à aller jusqu'à Cotonou pour apprendre l'agriculture.
comments|Répondre
comments|Laisser un commentaire
comments|Vous devez être connecté pour publier un commentaire.
epaper|ÉDITION NUMÉRIQUE
epaper|La Concorde N° 8437 du jeudi 5 mars 2026
pdf|Télécharger le PDF
most-read|LES PLUS LUS
most-read|Examens scolaires : le calendrier 2026 rendu public
most-read|Recrutement de 2 000 enseignants : la liste des admis publiée
most-read|Football : les Écureuils convoqués pour le stage de mars
newsletter|Newsletter
newsletter|Recevez chaque matin les titres de La Concorde
newsletter|Votre e-mail
newsletter|S'inscrire
footer|La Concorde est éditée par l'Office national d'édition, d'imprimerie et de presse
footer|Siège : Avenue Jean-Paul II, Cotonou – 01 BP 0000 Cotonou
footer|Tél. : (+229) 01 00 00 00 00
footer|Qui sommes-nous ? – Contact – Publicité – Mentions légales
copyright|© 2026 La Concorde. Tous droits réservés.
cookie|Ce site utilise des cookies pour améliorer votre expérience de navigation. Accepter En savoir plus
back-to-top|Retour en haut
"""),
 dict(id="tuko-style-1", site="tuko-style", lang="en", sep="\n", title="Nakuru Woman Who Sold Mandazi for 15 Years Graduates With Nursing Degree at 41", date="2026-01-23", page="""
menu|HABARIHUB
menu|Kenya News
lang-switch|Kiswahili
search|Search
menu|Home
menu|Politics
menu|Business
menu|People
menu|Entertainment
menu|Sports
menu|Education
menu|Family
menu|World
menu|Fact Check
menu|Videos
menu|HabariHub Extra
trending|Hot: KCSE Results 2025 • Nairobi Traffic • Harambee Stars • SHA Registration • Weather Forecast
ad|ADVERTISEMENT
section-label|People
h1|Nakuru Woman Who Sold Mandazi for 15 Years Graduates With Nursing Degree at 41
li|Grace Wanjiru started frying mandazi in Bondeni estate in 2010 to support her three children after her husband died
li|She enrolled for a nursing degree at the age of 37, attending classes in the morning and running her stall in the evening
li|The mother of three told HabariHub.co.ke that her firstborn daughter, a teacher, helped pay her final-year fees
byline|by Faith Chepkorir
reading-time|3 min read
dateline|Friday, January 23, 2026 at 2:47 PM
tip|PAY ATTENTION: Share your outstanding story with our editors! Drop us a line via news@habarihub.co.ke or WhatsApp: 0700 000 000.
caption|Grace Wanjiru (l) during her graduation, and (r) at her mandazi stall in Bondeni. Photo: Grace Wanjiru.
credit|Source: Facebook
p|A Nakuru woman has left many Kenyans inspired after graduating with a Bachelor of Science in Nursing at the age of 41, after years of selling mandazi by the roadside.
p|Grace Wanjiru, a mother of three, was among the more than 3,000 graduands who were conferred with degrees at a university in Nakuru on Thursday, January 22.
p|Photos of the beaming mother in her graduation gown, shared by her daughter on Facebook, attracted thousands of congratulatory messages within hours.
read-also|READ ALSO: Kirinyaga Man Who Dropped Out in Form Two Scores A- in KCSE at 36
h2|How did Grace Wanjiru balance school and business?
p|Speaking to HabariHub.co.ke, Wanjiru said she began frying mandazi in 2010, shortly after the death of her husband, to feed her children.
p|"I had finished Form Four with a good grade, but there was no money to continue. When my husband passed on, I had three small children and the only thing I knew was cooking. I started with two kilos of flour," she said.
p|Her stall in Bondeni estate soon became popular with casual workers and schoolchildren, and she was able to pay school fees for all her children.
p|In 2022, when her lastborn joined secondary school, she decided it was her turn to go back to class.
p|"People laughed at me. They said, 'Mama mandazi, you want to be a nurse at this age?' But I told myself that age is just a number," the 41-year-old recalled.
caption|Grace Wanjiru says she woke up at 4am to prepare her stall before lectures. Photo: Grace Wanjiru.
credit|Source: UGC
p|Wanjiru explained that she would wake up at 4am to prepare the dough, attend lectures from 8am to 1pm, then run the stall until late in the evening.
p|During her clinical rotations, which ran for weeks at a time, her children took over the business.
p|"My firstborn, Mercy, is now a teacher. She paid my fees for the final year. My son would fry and my lastborn would sell after school. This degree belongs to all of us," she said.
tip|PAY ATTENTION: Click 'See First' under the 'Following' tab to see HabariHub News on your Facebook News Feed!
h2|What's next for Grace Wanjiru?
p|The new graduate said she hopes to work in a maternity ward, ideally in a public hospital in Nakuru County.
p|She added that she has no plans of closing her stall, which she said would remain open until she secures a job.
p|"Mandazi educated my children and it educated me. I will never look down on it," she said.
h2|Kenyans celebrate Grace Wanjiru
p|Social media users flooded the comment section with congratulatory messages. Here are some of the reactions:
li|Lucy Atieno: "This is the motivation I needed this morning. Congratulations, mama!"
li|Kevin Mutai: "Age is truly just a number. I am 35 and going back to school this year."
li|Jane Muthoni: "I used to buy mandazi from her when I was in primary school. So happy for her."
li|Peter Omondi: "Mercy, you did well to support your mum. God bless you."
video|Subscribe to watch new videos
read-also|READ ALSO: Mother of Five Who Sat KCPE With Her Son Joins University
p|In a separate story, HabariHub.co.ke reported that a 62-year-old man from Murang'a graduated with a diploma in agriculture alongside his granddaughter.
p|He said he went back to school after retiring from the civil service to put into practice what he had learnt on his farm.
signature|Source: HABARIHUB.co.ke
author-bio|Faith Chepkorir (Human-Interest writer) Faith Chepkorir is a human-interest writer at HabariHub.co.ke. She holds a diploma in journalism and has over four years of experience covering inspiring stories of ordinary Kenyans.
author-bio|Wycliffe Otieno (Human-Interest editor) Wycliffe Otieno is the human-interest editor at HabariHub.co.ke, with more than eight years of experience in digital media.
tags|Nakuru County news Education news Human interest
social|Follow us on Google News
share|Share
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|Copy link
teaser-list|Latest
teaser-list|Harambee Stars coach names 25-man squad for March friendlies
teaser-list|12 min ago
teaser-list|Student who scored A in KCSE while selling smokies gets full scholarship
teaser-list|35 min ago
teaser-list|Kisumu traders count losses after fire razes Kibuye market stalls
teaser-list|1 hour ago
teaser-list|Woman narrates how she turned KSh 500 loan into thriving salon business
teaser-list|2 hours ago
read-more|Load more
newsletter|Subscribe to our newsletter
newsletter|Get the latest news and inspiring stories straight to your inbox
newsletter|Your email
newsletter|Subscribe
app|Download the HabariHub app
app|Google Play
app|App Store
footer|HABARIHUB
footer|About us Contact us Careers Advertise with us Editorial policy Fact-checking policy Corrections policy Privacy policy Terms of use Cookies policy
footer|Report a bug
copyright|© 2016-2026 HabariHub.co.ke, a part of Savanna Digital Media Group. All rights reserved.
cookie|We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies. OK
"""),
 dict(id="tuko-style-2", site="tuko-style", lang="en", sep="\n", title="Kakamega MCA Demands Answers Over KSh 48m Ambulance Tender: \"Where Are the Vehicles?\"", date="2026-03-05", page="""
menu|HABARIHUB
menu|Kenya News
lang-switch|Kiswahili
search|Search
menu|Home
menu|Politics
menu|Business
menu|People
menu|Entertainment
menu|Sports
menu|Education
menu|Family
menu|World
menu|Fact Check
menu|Videos
menu|HabariHub Extra
trending|Hot: Supplementary Budget • KCSE Results 2025 • Harambee Stars • Fuel Prices • SHA Registration
ad|ADVERTISEMENT
section-label|Politics
h1|Kakamega MCA Demands Answers Over KSh 48m Ambulance Tender: "Where Are the Vehicles?"
li|Lurambi MCA Jacob Shikuku said the county paid KSh 48 million for six ambulances in June 2025, but none has been delivered
li|He wants the health committee to summon the county health executive and the supplier within 14 days
li|The county government said the delay was caused by customs clearance and that the vehicles would arrive by the end of March
byline|by Brian Wekesa
reading-time|4 min read
dateline|Thursday, March 5, 2026 at 11:18 AM
tip|PAY ATTENTION: HabariHub News is now on WhatsApp! Join our channel for the latest political updates.
caption|Lurambi MCA Jacob Shikuku speaking at the county assembly. Photo: Jacob Shikuku.
credit|Source: Facebook
p|A Kakamega County Assembly member has raised questions over a KSh 48 million tender for ambulances that were paid for eight months ago but have yet to be delivered.
p|Lurambi Ward MCA Jacob Shikuku told the assembly on Wednesday, March 4, that the county paid the full amount to a Nairobi-based supplier in June 2025 for six fully-equipped ambulances.
p|According to the MCA, the vehicles were meant to serve sub-county hospitals in Lurambi, Mumias, Malava, Likuyani, Butere and Shinyalu.
p|"We passed this money in the budget because our people were dying on the way to hospital. Mothers in labour are being carried on motorbikes. Where are the vehicles?" Shikuku posed.
read-also|READ ALSO: Governor Suspends County Officers Over Missing Drugs Worth KSh 12m
h2|What did the MCA say on X?
p|The ward representative later shared documents he said showed payment vouchers for the tender. In a post on X, he wrote:
embed|Ambulances worth KSh 48 million were paid for in June. It is now March. Not a single one has arrived. The people of Kakamega deserve answers. pic.twitter.com/kq7Lm2Zx9A
embed|— Hon. Jacob Shikuku (@ShikukuLurambi) March 4, 2026
p|He asked the assembly's health committee to summon the county executive for health and the supplier within 14 days to explain the delay.
p|"If the vehicles do not exist, then somebody must go home and the money must be recovered," he added.
ad|ADVERTISEMENT
h2|How did the county government respond?
p|In a statement issued on Wednesday evening, the county department of health said the ambulances had been ordered from abroad and were delayed at the port due to customs clearance.
p|"The county wishes to assure residents that the six ambulances have been shipped and are undergoing clearance. They will be flagged off before the end of March 2026," read part of the statement.
p|The department added that the procurement followed the law and that the supplier had provided a performance bond.
p|However, Shikuku dismissed the explanation, saying the assembly had not been shown any shipping documents.
h2|What are the key questions in the ambulance tender?
p|Members of the health committee said they would seek answers on the following issues:
li|Why the full amount was paid before delivery;
li|Whether the supplier was prequalified;
li|The exact location of the six ambulances;
li|Whether the county will charge penalties for the delay.
p|Kenyans online reacted to the MCA's post, with many calling on the Ethics and Anti-Corruption Commission (EACC) to investigate.
p|"This is the story in almost every county. Money paid, nothing delivered," wrote one user.
tip|PAY ATTENTION: Share your outstanding story with our editors! Drop us a line via news@habarihub.co.ke or WhatsApp: 0700 000 000.
p|In other news, HabariHub.co.ke reported that the Controller of Budget flagged pending bills worth more than KSh 170 billion owed by county governments.
p|The report said health and roads accounted for the largest share of the bills.
signature|Source: HABARIHUB.co.ke
author-bio|Brian Wekesa (Political writer) Brian Wekesa is a political writer at HabariHub.co.ke covering county governments and devolution. He previously worked as a correspondent for a regional radio station in western Kenya.
author-bio|Naomi Kiprono (Copy editor) Naomi Kiprono is a copy editor at HabariHub.co.ke with a background in linguistics and communication.
tags|Kakamega County news Corruption in Kenya Devolution
social|Follow us on Google News
share|Share
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|Copy link
fact-check|Spot a mistake? Let us know
teaser-list|Latest
teaser-list|Senate committee grills governors over stalled county projects
teaser-list|8 min ago
teaser-list|Fuel prices: EPRA announces new pump prices for March
teaser-list|41 min ago
teaser-list|Ruto allies clash with opposition MPs over proposed tax changes
teaser-list|1 hour ago
teaser-list|Busia residents protest over poor state of Sio Port road
teaser-list|3 hours ago
read-more|Load more
newsletter|Subscribe to our newsletter
newsletter|Get the latest news and inspiring stories straight to your inbox
newsletter|Your email
newsletter|Subscribe
app|Download the HabariHub app
app|Google Play
app|App Store
footer|HABARIHUB
footer|About us Contact us Careers Advertise with us Editorial policy Fact-checking policy Corrections policy Privacy policy Terms of use Cookies policy
footer|Report a bug
copyright|© 2016-2026 HabariHub.co.ke, a part of Savanna Digital Media Group. All rights reserved.
cookie|We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies. OK
"""),
 dict(id="actu-cameroun-style-1", site="actu-cameroun-style", lang="fr", sep="\n", title="Douala : la Communauté urbaine lance la démolition de plus de 300 constructions à Makèpè Missokè", date="2026-02-03", page="""
timestamp|mardi, février 3, 2026
weather|Douala 29°C
account|Connexion
menu|Publicité
menu|Contact
social|Facebook Twitter Instagram YouTube TikTok
menu|ACTU237
menu|L'information du Cameroun en continu
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|SPORT
menu|CULTURE
menu|INTERNATIONAL
menu|OPINION
menu|DIASPORA
menu|ACTU237 TV
search|Rechercher
ad|Publicité
ad|Envoyez et recevez de l'argent partout au Cameroun sans frais jusqu'au 28 février. Composez #150#
breaking|À LA UNE
breaking|Yaoundé : les transporteurs suspendent leur mot d'ordre de grève
breaking|Lions Indomptables : la liste pour les matchs de mars dévoilée
breadcrumb|Accueil Société
section-label|Société
h1|Douala : la Communauté urbaine lance la démolition de plus de 300 constructions à Makèpè Missokè
byline|Par Marie-Claire Ngo Bissou - 3 février 2026
views|1247
comments|0
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Email
caption|Un bulldozer en action à Makèpè Missokè, lundi matin
credit|© Actu237
lead|Les engins de la Communauté urbaine de Douala sont entrés en action ce lundi 2 février dans ce quartier de l'arrondissement de Douala 5e. Les autorités évoquent des constructions érigées dans le lit du fleuve Wouri et sur des emprises publiques.
p|Le réveil a été brutal pour de nombreuses familles de Makèpè Missokè. Dès 6 heures du matin ce lundi, trois bulldozers escortés par des éléments de la police et de la gendarmerie ont commencé à raser des habitations situées le long des berges, dans la partie basse du quartier.
p|Selon les services techniques de la Communauté urbaine de Douala (CUD), plus de 300 constructions sont concernées par cette opération, qui devrait durer une dizaine de jours. Il s'agit, précise un responsable, de bâtiments « érigés sans permis de bâtir, dans des zones à risque d'inondation ou sur l'emprise des futurs drains ».
ad|- Publicité -
read-also|Lire aussi : Douala : la CUD annonce un nouveau plan de lutte contre les inondations
h2|« On nous a donné une semaine »
p|Sur place, la colère se mêle à la résignation. Les habitants affirment avoir été informés trop tard. « On nous a donné une semaine pour partir. Où voulez-vous que j'aille avec six enfants ? J'ai acheté ce terrain en 2014 avec un papier signé du chef », s'indigne Théodore Ekwalla, commerçant, devant les décombres de sa maison.
p|Plusieurs occupants brandissent des actes de vente et des attestations délivrées par des chefferies traditionnelles. Des documents qui, selon la CUD, n'ont aucune valeur dans des zones classées non aedificandi. « La loi est claire. Un terrain situé dans une zone inondable ou sur le domaine public ne peut faire l'objet d'une vente », rappelle un cadre de la délégation régionale des Domaines du Littoral.
p|Des marquages à la peinture rouge, avec la mention « À démolir », avaient été apposés sur les façades dès le mois de décembre, soutient de son côté la mairie de Douala 5e.
h2|Un projet de drainage en toile de fond
p|Cette opération s'inscrit dans le cadre d'un vaste programme de drainage pluvial de la ville, destiné à réduire les inondations qui paralysent chaque année plusieurs quartiers de la capitale économique. Le tronçon de Makèpè Missokè doit accueillir un canal de plus de deux kilomètres.
p|Le maire de la ville, qui s'exprimait dimanche sur les ondes d'une radio locale, a défendu une décision « difficile mais nécessaire ». Il a promis un accompagnement pour les familles les plus vulnérables, sans toutefois préciser les modalités d'un éventuel recasement ni le montant d'une indemnisation.
p|Pour plusieurs organisations de la société civile, la méthode pose problème. Elles réclament un recensement des ménages touchés et l'ouverture d'un site d'accueil provisoire avant la poursuite des démolitions, prévue cette semaine dans le secteur de Bonamoussadi.
p|En 2023 déjà, des opérations similaires avaient touché plusieurs centaines de ménages dans les quartiers de Bépanda et de Ndokoti, suscitant de vives tensions.
signature|Marie-Claire Ngo Bissou, à Douala
tags|TAGS
tags|CUD
tags|Démolitions
tags|Douala
tags|Makèpè
share|Facebook
share|Twitter
share|WhatsApp
nav|Article précédent
nav|Bafoussam : deux présumés coupeurs de route neutralisés sur l'axe Bafoussam-Foumban
nav|Article suivant
nav|Kribi : le port en eau profonde accueille son premier navire de 400 mètres
related|ARTICLES SIMILAIRESPLUS DE L'AUTEUR
related|Douala : la CUD annonce un nouveau plan de lutte contre les inondations
related|Yaoundé : le marché Mokolo fermé pour travaux de réhabilitation
related|Limbé : les pêcheurs réclament l'aménagement du débarcadère
comments|LAISSER UN COMMENTAIRE Annuler la réponse
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Enregistrer mon nom, email et site web dans ce navigateur pour la prochaine fois que je commenterai.
comments|Laisser un commentaire
ad|PARIEZ SUR LA CAN ET LA LIGUE 1 CAMEROUNAISE. BONUS DE 200 % SUR VOTRE PREMIER DÉPÔT
disclaimer|Interdit aux moins de 18 ans. Le jeu peut créer une dépendance.
most-read|POPULAIRE
most-read|BEPC 2026 : l'Office du Bac publie le calendrier des épreuves
most-read|Coupures d'électricité : Eneo annonce un programme de délestage à Douala
most-read|Mfoundi : un chauffeur de moto-taxi retrouvé sans vie à Nkolbisson
whatsapp|Suivez Actu237 sur WhatsApp
social|Suivez-nous sur Google News
footer|ACTU237
footer|Actu237 est un site d'information générale qui traite de l'actualité du Cameroun et de l'Afrique centrale.
footer|Contactez-nous : redaction@actu237.info
footer|À propos Publicité Politique de confidentialité Contact
copyright|© Actu237 2026 - Tous droits réservés
"""),
 dict(id="actu-cameroun-style-2", site="actu-cameroun-style", lang="fr", sep="\n", title="Choléra : 42 cas confirmés dans le Littoral, le ministère de la Santé appelle à la vigilance", date="2026-04-14", page="""
timestamp|mardi, avril 14, 2026
weather|Douala 31°C
account|Connexion
menu|Publicité
menu|Contact
social|Facebook Twitter Instagram YouTube TikTok
menu|ACTU237
menu|L'information du Cameroun en continu
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|SPORT
menu|CULTURE
menu|INTERNATIONAL
menu|OPINION
menu|DIASPORA
menu|ACTU237 TV
search|Rechercher
ad|Publicité
ad|Forfait Internet 10 Go à 1 000 FCFA valable 7 jours. Composez *123#
breaking|À LA UNE
breaking|Choléra : 42 cas confirmés dans le Littoral
breaking|Ligue 1 : Coton Sport reprend la tête après sa victoire à Bamenda
breadcrumb|Accueil Santé
section-label|Santé
h1|Choléra : 42 cas confirmés dans le Littoral, le ministère de la Santé appelle à la vigilance
byline|Par Rédaction Actu237 - 14 avril 2026
views|3518
comments|4
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Email
caption|Un centre de traitement du choléra à Douala (image d'archives)
credit|© DR
p|La région du Littoral fait face à une résurgence du choléra. Selon le dernier bulletin épidémiologique du ministère de la Santé publique, publié ce lundi 13 avril, 42 cas ont été confirmés en laboratoire depuis la mi-mars, dont 3 décès.
p|La majorité des cas a été enregistrée dans les districts de santé de New Bell, Bonassama et Cité des Palmiers, à Douala. Deux cas ont également été notifiés à Édéa, dans la Sanaga-Maritime. Les autorités sanitaires évoquent une situation « sous contrôle mais préoccupante », à l'approche de la grande saison des pluies.
ad|- Publicité -
h2|Des quartiers à risque
p|Les zones les plus touchées partagent les mêmes caractéristiques : forte densité de population, accès limité à l'eau potable et insuffisance des ouvrages d'assainissement. « Dans certains secteurs de New Bell, plusieurs familles partagent un seul puits, souvent situé à quelques mètres de latrines », explique un médecin du district de santé.
p|Le délégué régional de la Santé publique pour le Littoral indique que des équipes d'intervention rapide ont été déployées pour la recherche active des cas et la désinfection des domiciles des malades. Un centre de traitement a été rouvert à l'hôpital de district de New Bell.
read-also|Lire aussi : Douala : la Camwater annonce des coupures d'eau dans six quartiers
h2|Les recommandations des autorités
p|Dans un communiqué, le ministère de la Santé publique invite les populations à observer les mesures suivantes :
li|laver régulièrement les mains à l'eau propre et au savon, surtout avant de manger et après être allé aux toilettes ;
li|boire uniquement de l'eau potable, bouillie ou traitée à l'eau de javel ;
li|bien cuire les aliments et éviter la consommation de nourriture vendue à même la rue ;
li|se rendre immédiatement dans la formation sanitaire la plus proche en cas de diarrhée aiguë ou de vomissements.
p|Le ministère rappelle que la prise en charge des cas de choléra est gratuite dans toutes les formations sanitaires publiques.
ad|- Publicité -
h2|Une maladie qui revient régulièrement
p|Le Cameroun connaît des flambées de choléra quasiment chaque année depuis 2018. La dernière grande épidémie, en 2022, avait touché huit des dix régions du pays et fait plusieurs centaines de morts, selon les chiffres officiels.
p|Pour les spécialistes, la solution passe par des investissements durables dans l'accès à l'eau et l'assainissement. « Nous pouvons riposter à chaque flambée, mais tant que les populations n'auront pas d'eau potable, le choléra reviendra », résume un épidémiologiste de l'université de Douala.
signature|Avec Cameroon Tribune
tags|TAGS
tags|Choléra
tags|Douala
tags|Littoral
tags|Minsanté
share|Facebook
share|Twitter
share|WhatsApp
nav|Article précédent
nav|Garoua : une centaine de jeunes formés aux métiers de l'énergie solaire
nav|Article suivant
nav|Bamenda : reprise timide des cours dans plusieurs établissements
related|ARTICLES SIMILAIRESPLUS DE L'AUTEUR
related|Paludisme : le vaccin désormais disponible dans 42 districts de santé
related|Hôpital Laquintinie : le service des urgences rénové
related|Douala : la Camwater annonce des coupures d'eau dans six quartiers
comments|4 Commentaires
comments|Jean-Paul Mbarga
comments|14 avril 2026 À 10 h 52 min
comments|Il faut que la CUD cure les caniveaux avant les pluies, sinon ce sera pire.
comments|Répondre
comments|Aïcha B.
comments|14 avril 2026 À 11 h 20 min
comments|Que Dieu protège nos familles à New Bell.
comments|Répondre
read-more|Charger plus de commentaires
comments|LAISSER UN COMMENTAIRE Annuler la réponse
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Enregistrer mon nom, email et site web dans ce navigateur pour la prochaine fois que je commenterai.
comments|Laisser un commentaire
most-read|POPULAIRE
most-read|BEPC 2026 : les résultats attendus dès la fin juillet
most-read|Choléra : 42 cas confirmés dans le Littoral
most-read|Eneo : un nouveau programme de délestage annoncé à Yaoundé
whatsapp|Suivez Actu237 sur WhatsApp
social|Suivez-nous sur Google News
footer|ACTU237
footer|Actu237 est un site d'information générale qui traite de l'actualité du Cameroun et de l'Afrique centrale.
footer|Contactez-nous : redaction@actu237.info
footer|À propos Publicité Politique de confidentialité Contact
copyright|© Actu237 2026 - Tous droits réservés
"""),
 dict(id="mwebantu-style-1", site="mwebantu-style", lang="en", sep="\n", title="Government to deploy 2,000 newly recruited teachers to rural schools by March", date="2026-01-15", page="""
timestamp|Thursday, January 15, 2026
breaking|Breaking News
breaking|ZAMRA warns public against unregistered weight-loss products
breaking|Chipolopolo arrive in Lusaka after AFCON campaign
breaking|Kwacha firms against the dollar for third straight week
social|Facebook X (Twitter) Instagram YouTube TikTok WhatsApp
menu|ZedBuzz Media
menu|Zambia's News, First on Your Feed
menu|Home
menu|News
menu|Politics
menu|Business
menu|Sports
menu|Entertainment
menu|Health
menu|Lifestyle
menu|Opinion
menu|ZedBuzz TV
menu|Random Article
menu|Sidebar
account|Log In
font|Switch skin
search|Search for
ad|ADVERTISEMENT
ad|Stay connected with 5GB daily bundles for only K10. Dial *117#
breadcrumb|Home / News
section-label|News
h1|Government to deploy 2,000 newly recruited teachers to rural schools by March
byline|ZedBuzz Reporter
author-link|Send an email
dateline|15 January 2026
dateline|Last Updated: 15 January 2026
comments|0
reading-time|2 minutes read
share|Facebook X LinkedIn Tumblr Pinterest Reddit VKontakte Odnoklassniki Pocket Share via Email Print
caption|Pupils attend a lesson at a rural school in Eastern Province. File photo
p|The Ministry of Education says 2,000 newly recruited teachers will be deployed to rural and remote schools across the country before the end of the first term.
p|Ministry spokesperson Chilufya Mwansa said the teachers, who were selected from more than 40,000 applicants, will report to their stations by March 2, 2026.
p|Ms Mwansa said priority has been given to schools with high pupil-teacher ratios, particularly in Western, North-Western, Luapula and Muchinga provinces.
p|"Some of our rural schools have one teacher handling more than 100 learners. This recruitment is meant to ease that burden and improve the quality of learning," she said.
ad|ADVERTISEMENT
p|She said successful candidates will be notified through their District Education Board Secretaries (DEBS) and the list will also be published on the ministry's official Facebook page.
p|The newly recruited teachers are expected to serve a minimum of three years at their stations before applying for a transfer.
p|Ms Mwansa said the deployment will be done according to the following criteria:
li|Early childhood and primary school teachers will be sent to schools with the highest enrolment gaps;
li|Secondary school teachers of mathematics and science will be given first priority;
li|Candidates who indicated a willingness to serve in their home districts will be considered where possible.
p|She added that government has set aside funds for settling-in allowances, which will be paid within the first two months of reporting.
p|The recruitment comes after the Ministry of Finance granted Treasury authority for the employment of teachers and health workers in the 2026 national budget.
p|Teachers' unions have welcomed the development, but have called on government to also address the shortage of staff houses in rural areas.
p|Zambia National Union of Teachers (ZNUT) general secretary said many teachers posted to remote areas end up renting rooms in villages far from their schools.
p|"We welcome the recruitment, but teachers need decent accommodation. You cannot post a young teacher to a place with no house and expect them to stay," he said.
p|Meanwhile, the ministry has warned members of the public against fraudsters who are demanding money from job seekers with promises of placement.
p|"Government does not charge any fee for recruitment. Anyone asking for money is a criminal and should be reported to the nearest police station," Ms Mwansa said.
tags|#ZedBuzzNews #Education #Zambia
whatsapp|ZedBuzz Media is now on WhatsApp. Click here to follow our channel for breaking news.
tags|Tags
tags|Education Ministry of Education teachers recruitment Zambia
share|Facebook X LinkedIn Tumblr Pinterest Reddit VKontakte Odnoklassniki Pocket Share via Email Print
nav|Previous
nav|UNZA students petition management over delayed meal allowances
nav|Next
nav|Lusaka City Council begins clearing drainages ahead of heavy rains
related|Related Articles
related|Grade 12 results: Pass rate rises to 68 percent
related|2 days ago
related|Free education: Government releases K500 million grants to schools
related|1 week ago
related|Kitwe teachers stage sit-in over unpaid arrears
related|2 weeks ago
comments|Leave a Reply Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Post Comment
ad|ADVERTISEMENT
most-read|Popular Posts
most-read|Man arrested for stealing transformer oil in Ndola
most-read|ZESCO announces reduced load-shedding hours from next week
most-read|Chipolopolo captain ruled out of Zimbabwe friendly
footer|About Us
footer|ZedBuzz Media is a Zambian digital news platform bringing you news, entertainment and lifestyle stories as they happen.
footer|Contact Us: info@zedbuzzmedia.co.zm
footer|Recent Posts
footer|Lusaka City Council begins clearing drainages ahead of heavy rains
footer|2 hours ago
copyright|© Copyright 2026, All Rights Reserved · ZedBuzz Media
footer|Privacy Policy · Terms · Advertise
back-to-top|Back to top button
related|Check Also
related|Grade 12 results: Pass rate rises to 68 percent
related|Close
adblock|Adblock Detected
adblock|Please consider supporting us by disabling your ad blocker
"""),
 dict(id="mwebantu-style-2", site="mwebantu-style", lang="en", sep="\n", title="Chongwe mother of quadruplets appeals for help: \"I did not expect four\"", date="2026-02-20", page="""
timestamp|Friday, February 20, 2026
breaking|Breaking News
breaking|ECZ opens voter registration centres in Lusaka's new townships
breaking|Kwacha trades at K26 against the dollar
breaking|Zanaco beat Power Dynamos to go top of the Super League
social|Facebook X (Twitter) Instagram YouTube TikTok WhatsApp
menu|ZedBuzz Media
menu|Zambia's News, First on Your Feed
menu|Home
menu|News
menu|Politics
menu|Business
menu|Sports
menu|Entertainment
menu|Health
menu|Lifestyle
menu|Opinion
menu|ZedBuzz TV
menu|Random Article
menu|Sidebar
account|Log In
font|Switch skin
search|Search for
ad|ADVERTISEMENT
ad|Send money home with zero charges this February. T&Cs apply
breadcrumb|Home / Lifestyle
section-label|Lifestyle
h1|Chongwe mother of quadruplets appeals for help: "I did not expect four"
byline|Natasha Mulenga
author-link|Send an email
dateline|20 February 2026
dateline|Last Updated: 20 February 2026
comments|3
reading-time|2 minutes read
share|Facebook X LinkedIn Tumblr Pinterest Reddit VKontakte Odnoklassniki Pocket Share via Email Print
caption|Mrs Mwale with her four babies at the Women and Newborn Hospital in Lusaka
credit|Photo: Courtesy
p|A 29-year-old woman from Chongwe district has appealed to well-wishers for help after giving birth to quadruplets at the Women and Newborn Hospital in Lusaka.
p|Mary Mwale gave birth to three girls and a boy on Tuesday through a caesarean section. All four babies are in stable condition and are being monitored in the neonatal unit.
p|Mrs Mwale, who already has two children aged six and three, said she only learnt she was expecting more than one baby during her sixth month of pregnancy.
p|"When the doctor told me it was twins, I was shocked. Then at the next scan they said there were four. I cried the whole way home," she told ZedBuzz Media.
ad|ADVERTISEMENT
video|WATCH: Mary Mwale speaks about her babies
video|0:00 / 2:14
video|Watch on Facebook
p|Her husband, Joseph Banda, is a bricklayer who earns a living from piece works around Chongwe. The couple lives in a two-roomed house in Kasisi area.
p|"We are grateful to God that mother and babies are alive. But honestly, we do not know where to start. Four babies need a lot of things," Mr Banda said.
p|The family says it urgently needs baby formula, nappies, clothing and support for transport to and from the hospital for reviews.
p|A nurse at the hospital, who asked not to be named because she is not authorised to speak to the media, said the babies were born at 33 weeks and weighed between 1.4 and 1.7 kilogrammes.
p|"They are doing well. They may stay in the unit for another two to three weeks so that they can gain weight," she said.
read-also|ALSO READ: Kabwe woman gives birth to triplets for the second time
p|Since the family's story was first shared on the ZedBuzz Media Facebook page on Wednesday, hundreds of Zambians have pledged support.
p|A Lusaka-based businesswoman has offered to provide nappies for the first six months, while a church in Chongwe has started a collection for the family.
p|Chongwe District Commissioner visited the family at the hospital on Thursday and said government would link them to the social cash transfer programme.
p|Members of the public who wish to help the family can contact ZedBuzz Media through our official pages, and we will connect them with the family.
embed|ZedBuzz Media
embed|Yesterday at 14:05
embed|CONGRATULATIONS! A 29-year-old Chongwe woman has given birth to quadruplets at WNH. The family is appealing for support. Can you help?
embed|12K reactions · 1.4K comments · 860 shares
tags|#ZedBuzzNews #Quadruplets #Chongwe
whatsapp|ZedBuzz Media is now on WhatsApp. Click here to follow our channel for breaking news.
tags|Tags
tags|Chongwe quadruplets Women and Newborn Hospital
share|Facebook X LinkedIn Tumblr Pinterest Reddit VKontakte Odnoklassniki Pocket Share via Email Print
nav|Previous
nav|Kabwe woman gives birth to triplets for the second time
nav|Next
nav|Lusaka traders relocated to new Soweto market annex
related|Related Articles
related|Well-wishers build house for Mongu widow after viral video
related|4 days ago
related|UTH appeals for blood donors as stocks run low
related|1 week ago
related|Kabwe woman gives birth to triplets for the second time
related|2 weeks ago
comments|3 Comments
comments|Bwalya C.
comments|20 February 2026 at 09:41
comments|God bless this family. How can we send something from Kitwe?
comments|Reply
comments|Leave a Reply Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Post Comment
ad|ADVERTISEMENT
most-read|Popular Posts
most-read|Man arrested for stealing transformer oil in Ndola
most-read|Chongwe mother of quadruplets appeals for help
most-read|ECZ opens voter registration centres in Lusaka's new townships
footer|About Us
footer|ZedBuzz Media is a Zambian digital news platform bringing you news, entertainment and lifestyle stories as they happen.
footer|Contact Us: info@zedbuzzmedia.co.zm
footer|Recent Posts
footer|Lusaka traders relocated to new Soweto market annex
footer|1 hour ago
copyright|© Copyright 2026, All Rights Reserved · ZedBuzz Media
footer|Privacy Policy · Terms · Advertise
back-to-top|Back to top button
related|Check Also
related|Well-wishers build house for Mongu widow after viral video
related|Close
adblock|Adblock Detected
adblock|Please consider supporting us by disabling your ad blocker
"""),
]
