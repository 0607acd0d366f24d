# Round 116: eight pages on four more layouts (a Malian French-language news aggregator portal, a Kenyan
# English-language daily's site, a Burkinabe French-language online magazine, a Zimbabwean English-language
# state-owned regional daily's site), written blind: without looking at the classifier, its rules or the benchmark,
# measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND116 = [
 dict(id="malijet-style-1", site="malijet-style", lang="fr", sep="\n", title="Mali : la campagne de vaccination contre la méningite relancée dans les régions de Ségou et de San", date="2026-02-10", page="""
timestamp|Mardi 10 Février 2026
ticker|Euro : 655,957 FCFA · Dollar : 603,12 FCFA · Or (g) : 52 400 FCFA
weather|Bamako 34°C Ensoleillé
menu|Accueil
menu|Actualité
menu|Politique
menu|Economie
menu|Société
menu|Sport
menu|Culture
menu|Nord Mali
menu|Annonces
menu|Vidéos
menu|Revue de presse
menu|Nécrologie
search|Rechercher sur MaliPortail
account|Connexion · Inscription
ad|Publicité
ad|ORANGE MONEY - Envoyez, payez, retirez. Composez #144#
breadcrumb|Accueil » Actualité » Société » Santé
section-label|Société
h1|Mali : la campagne de vaccination contre la méningite relancée dans les régions de Ségou et de San
views|Nombre de lectures : 1 847
dateline|Publié le mardi 10 fevrier 2026 - L'Essor
font|Fond fixe
font|Fond flottant
font|A+
font|A-
print|Imprimer
share|Envoyer à un ami
share|Partager sur Facebook
share|Partager sur Twitter
comments|Commentaires (4)
caption|Des agents de santé lors du lancement de la campagne à Ségou
credit|© aBamako.com par DR
p|Le ministère de la Santé et du Développement social a officiellement relancé, lundi à Ségou, la campagne de vaccination préventive contre la méningite à méningocoque. Cette opération, qui s'étend sur dix jours, vise plus de 1,2 million de personnes âgées de 1 à 29 ans dans les régions de Ségou et de San, identifiées comme les plus exposées en cette saison sèche.
p|La cérémonie de lancement s'est déroulée au centre de santé de référence de Ségou, en présence du gouverneur de la région, des autorités sanitaires locales, des représentants des partenaires techniques et financiers ainsi que des leaders communautaires et religieux.
p|Selon le directeur régional de la santé, le Dr Boubacar Traoré, la région a enregistré depuis le début du mois de janvier 87 cas suspects de méningite, dont 9 décès. « Ces chiffres nous interpellent. La période de février à avril est celle de tous les dangers, avec le vent chaud et la poussière. Nous devons protéger nos enfants et nos jeunes avant le pic », a-t-il expliqué.
read-also|Lire aussi : Santé : le CHU du Point G reçoit un nouveau scanner de dernière génération
h2|Un vaccin pentavalent pour la première fois
p|La particularité de cette campagne réside dans l'utilisation, pour la première fois à grande échelle au Mali, du vaccin conjugué pentavalent qui protège contre cinq souches de la bactérie (A, C, W, X et Y). Jusqu'ici, les campagnes de masse ne ciblaient que la souche A, quasiment éliminée de la sous-région depuis une décennie.
p|Le représentant de l'Organisation mondiale de la santé a salué « l'engagement des autorités maliennes » et rappelé que ce vaccin, homologué récemment, est fourni par l'Alliance Gavi. Au total, 1 450 équipes de vaccination ont été formées et déployées, y compris dans les zones d'accès difficile du Macina et de Tominian.
p|Pour garantir la réussite de l'opération, les autorités ont mis en place une stratégie combinant :
li|des postes fixes dans tous les centres de santé communautaires ;
li|des équipes mobiles dans les hameaux et les campements de pasteurs ;
li|des séances dans les écoles, les médersas et les marchés hebdomadaires ;
li|une mobilisation des crieurs publics et des radios de proximité.
h2|Les parents appelés à se mobiliser
p|Le gouverneur de la région de Ségou a exhorté les chefs de famille à amener leurs enfants dans les sites de vaccination. « Le vaccin est gratuit, il est sûr et il sauve des vies. Aucune rumeur ne doit nous détourner de cet objectif », a-t-il insisté, en allusion aux fausses informations qui ont circulé sur les réseaux sociaux lors de précédentes campagnes.
p|Les autorités sanitaires rappellent également les gestes à adopter en cas de fièvre brutale, de raideur de la nuque ou de vomissements : se rendre sans délai au centre de santé le plus proche. La prise en charge des cas de méningite est gratuite dans tous les établissements publics.
p|Une évaluation de la couverture vaccinale est prévue à la fin de l'opération, avant une éventuelle extension aux régions de Mopti et de Tombouctou au mois de mars.
signature|Fatoumata D. KONATÉ
signature|AMAP-Ségou
source|Source : L'Essor
print|Imprimer cet article
share|Envoyer par e-mail
ad|Publicité
ad|BANK OF AFRICA MALI - Votre crédit habitat en 72 heures
related|Dans le même dossier
related|Santé : lancement de la semaine nationale de l'allaitement maternel
related|Kayes : une épidémie de rougeole circonscrite à Diéma
related|Hôpital Gabriel Touré : les urgences rénovées livrées en avril
related|Paludisme saisonnier : la chimioprévention étendue aux enfants de 10 ans
comments|Commentaires via Facebook :
comments|4 commentaires
comments|Trier par Les plus anciens
comments|Ajouter un commentaire...
comments|Seydou Coulibaly
comments|Merci au gouvernement, mais pensez aussi aux villages de Niono où les équipes ne viennent jamais.
comments|J'aime · Répondre · 2 j
comments|Awa Maïga
comments|Dieu merci, protégeons nos enfants.
comments|J'aime · Répondre · 1 j
comments|Plug-in Commentaires Facebook
teaser-list|Autres articles
teaser-list|Mali : le Premier ministre reçoit les syndicats de l'enseignement secondaire
teaser-list|10 fevrier 2026 - 14:22
teaser-list|Coton : la CMDT annonce une production record pour la campagne 2025-2026
teaser-list|10 fevrier 2026 - 12:05
teaser-list|Bamako : le pont de Sotuba fermé à la circulation pour travaux ce week-end
teaser-list|10 fevrier 2026 - 10:48
teaser-list|Football : les Aigles en stage à Marrakech avant les éliminatoires
teaser-list|10 fevrier 2026 - 09:30
most-read|Les plus lus
most-read|Aujourd'hui
most-read|Cette semaine
most-read|Ce mois
most-read|Concours d'entrée à la fonction publique : les résultats disponibles
most-read|Électricité : EDM annonce un nouveau programme de délestage
most-read|Nécrologie : décès de l'ancien ministre Moussa Diarra
annonces|Annonces
annonces|Avis de recrutement : un comptable pour une ONG à Sikasso
annonces|Appel d'offres : construction de salles de classe à Koutiala
newsletter|Newsletter : recevez l'actualité du Mali chaque jour
newsletter|Votre e-mail
newsletter|OK
footer|MaliPortail.net - Le Mali sur le Net
footer|Qui sommes-nous ? · Publicité · Contactez-nous · Conditions d'utilisation
disclaimer|Les articles publiés sur MaliPortail proviennent de sources diverses. Ils sont sous la responsabilité de leurs auteurs respectifs.
copyright|Copyright © 2004-2026 MaliPortail. Tous droits réservés
"""),
 dict(id="malijet-style-2", site="malijet-style", lang="fr", sep="\n", title="Bamako : les transporteurs suspendent leur grève après un accord sur les frais de stationnement", date="2026-01-22", page="""
timestamp|Jeudi 22 Janvier 2026
ticker|Euro : 655,957 FCFA · Dollar : 611,40 FCFA · Or (g) : 51 900 FCFA
weather|Bamako 31°C Brume sèche
menu|Accueil · Actualité · Politique · Economie · Société · Sport · Culture · Nord Mali · Annonces · Vidéos · Revue de presse · Nécrologie
search|Rechercher sur MaliPortail
account|Connexion · Inscription
breaking|FLASH INFO : Conseil des ministres du mercredi 21 janvier 2026 - Le communiqué
ad|Publicité
breadcrumb|Accueil » Actualité » Economie
section-label|Economie
h1|Bamako : les transporteurs suspendent leur grève après un accord sur les frais de stationnement
views|Nombre de lectures : 3 215
dateline|Publié le jeudi 22 janvier 2026 - Le Républicain
font|Fond fixe
font|Fond flottant
font|A+
font|A-
print|Imprimer
share|Envoyer à un ami
share|Partager sur Facebook
share|Partager sur Twitter
comments|Commentaires (11)
caption|Des Sotrama immobilisés à la gare routière de Djicoroni-Para mercredi
credit|© aBamako.com par A.S
byline|Par Mahamadou TRAORÉ
p|Après quarante-huit heures de paralysie partielle du transport urbain dans la capitale, le Syndicat national des chauffeurs et conducteurs routiers a annoncé, mercredi soir, la suspension de son mot d'ordre de grève. La décision a été prise à l'issue d'une longue réunion avec le gouverneur du district de Bamako et les représentants des mairies des six communes.
p|Les transporteurs protestaient contre la hausse des frais de stationnement dans les gares routières et sur les aires de chargement, passés selon eux de 500 à 1 500 FCFA par jour pour les minibus Sotrama, ainsi que contre la multiplication des contrôles sur les axes routiers de la ville.
p|Mardi et mercredi, de nombreux usagers ont dû parcourir de longues distances à pied ou recourir aux taxis-motos, dont les tarifs ont flambé. À la gare de Djicoroni-Para, les véhicules étaient alignés, moteur éteint, sous la surveillance de militants du syndicat.
read-also|LIRE AUSSI : Carburant : les prix à la pompe maintenus pour le premier trimestre
h2|Ce que prévoit l'accord
p|Selon le procès-verbal de la rencontre, dont une copie nous est parvenue, les parties se sont entendues sur plusieurs points :
li|le retour provisoire des frais de stationnement à 750 FCFA par jour, en attendant une harmonisation entre les communes ;
li|la mise en place d'un comité paritaire chargé de recenser les postes de contrôle jugés illégaux ;
li|la délivrance d'un reçu officiel pour toute perception de taxe dans les gares routières ;
li|l'engagement des syndicats à assurer un service minimum en cas de nouveau mouvement.
p|« Nous ne sommes pas contre les taxes, mais nous voulons la transparence. Un chauffeur qui gagne 5 000 francs par jour ne peut pas en laisser le tiers aux collecteurs », a déclaré le secrétaire général du syndicat, Bakary Diallo, à la sortie de la réunion.
p|Du côté de l'autorité du district, on souligne que les recettes des gares routières servent à l'entretien des infrastructures et à l'éclairage public. Un conseiller du gouverneur a toutefois reconnu « des abus dans la collecte », promettant des sanctions contre les agents indélicats.
h2|Une trêve fragile
p|Les transporteurs ont donné un mois aux autorités pour mettre en œuvre les engagements pris. Faute de quoi, préviennent-ils, le mouvement reprendra, cette fois étendu aux camions de transport de marchandises sur les corridors Bamako-Dakar et Bamako-Abidjan.
p|Jeudi matin, la circulation des Sotrama et des taxis avait repris normalement sur la plupart des lignes, au grand soulagement des commerçants du Grand marché.
signature|M. TRAORÉ
source|Source : Le Républicain
print|Imprimer cet article
share|Envoyer par e-mail
related|Dans le même dossier
related|Transport : le BRT de Bamako attendu pour 2027
related|Sotrama : la mairie de la Commune IV veut délocaliser la gare de Lafiabougou
related|Routes : le tronçon Kati-Kolokani enfin bitumé
comments|Réagir à cet article
comments|11 commentaires
comments|Moussa K. - 22 janvier 2026 à 08:14
comments|Toujours les mêmes promesses. On verra dans un mois.
comments|Répondre
comments|Citoyen de Kalaban - 22 janvier 2026 à 09:02
comments|Les usagers sont toujours les perdants. Il faut un vrai réseau de bus.
comments|Répondre
comments|Voir tous les commentaires
teaser-list|Autres articles
teaser-list|Conseil des ministres du mercredi 21 janvier 2026 : le communiqué
teaser-list|22 janvier 2026 - 11:40
teaser-list|Sikasso : saisie de 2 tonnes de médicaments contrefaits
teaser-list|22 janvier 2026 - 10:15
teaser-list|Revue de presse du jeudi 22 janvier 2026
teaser-list|22 janvier 2026 - 07:55
most-read|Les plus lus
most-read|Aujourd'hui
most-read|Cette semaine
most-read|Ce mois
most-read|Examen du DEF : le calendrier 2026 dévoilé
teaser-list|Bamako : les transporteurs suspendent leur grève après un accord sur les frais de stationnement
most-read|Mariage : le tribunal de la Commune III annule une union célébrée sans consentement
video|Vidéos
video|JT de 20h de l'ORTM du 21 janvier 2026
video|Lecture
annonces|Annonces
annonces|Vente de parcelle à Senou, titre foncier, 300 m²
footer|MaliPortail.net - Le Mali sur le Net
footer|Qui sommes-nous ? · Publicité · Contactez-nous · Conditions d'utilisation
disclaimer|Les articles publiés sur MaliPortail proviennent de sources diverses. Ils sont sous la responsabilité de leurs auteurs respectifs.
copyright|Copyright © 2004-2026 MaliPortail. Tous droits réservés
back-to-top|Haut de page
"""),
 dict(id="the-star-ke-style-1", site="the-star-ke-style", lang="en", sep="\n", title="Nakuru traders count losses as county demolishes kiosks along Kenyatta Avenue", date="2026-03-04", page="""
skip-link|Skip to main content
timestamp|Wednesday, March 4, 2026
menu|THE DAILY LANTERN
menu|Kenya's Most Read Newspaper
account|Log In
subscribe|Subscribe
epaper|ePaper
menu|Home
menu|News
menu|Counties
menu|Politics
menu|Business
menu|Sports
menu|Opinion
menu|Health
menu|Realtime
menu|Lantern Blogs
menu|Video
menu|Podcasts
menu|Crosswords
search|Search
breaking|TRENDING
breaking|Finance Bill 2026: What changes for your payslip
breaking|Harambee Stars squad named for AFCON qualifiers
breaking|Shakahola trial: Court sets date for ruling
ad|ADVERTISEMENT
breadcrumb|Counties
h1|Nakuru traders count losses as county demolishes kiosks along Kenyatta Avenue
lead|Over 200 structures brought down in a dawn operation that traders say came without notice
byline|by JAMES KIPRONO
byline|Correspondent
section-label|Counties
dateline|04 March 2026 - 13:45
section-label|In Summary
li|County officials say the kiosks were on a road reserve earmarked for a dual carriageway and a new drainage system.
li|Traders say they had paid single business permits for 2026 and were not given the 14-day notice required by law.
share|Share
share|Facebook
share|X
share|WhatsApp
share|LinkedIn
share|Email
caption|Traders salvage their goods after kiosks were demolished along Kenyatta Avenue in Nakuru town on Wednesday, March 4, 2026.
credit|IMAGE: JAMES KIPRONO
p|Hundreds of traders in Nakuru city were on Wednesday left counting losses after county enforcement officers demolished kiosks and stalls along Kenyatta Avenue in a dawn operation.
p|The exercise, which began at about 4am, saw more than 200 structures brought down by two bulldozers escorted by county askaris and police officers.
p|By mid-morning, traders were scrambling to salvage merchandise from the rubble, including shoes, second-hand clothes, electronics and foodstuffs.
p|"I arrived at 6am and found my kiosk flattened. I had stock worth Sh180,000 inside. Nobody told us anything," said Mary Wanjiku, who has sold cereals at the spot for nine years.
p|Another trader, Peter Omondi, said the traders had paid their single business permits for the year in January.
p|"They took our money in January and now they destroy our businesses in March. Where do they want us to go?" he posed.
ad|ADVERTISEMENT
read-also|READ: Nakuru MCAs approve Sh1.2 billion supplementary budget
p|Nakuru county chief officer for urban development Esther Chebet said the structures were on a road reserve set aside for the expansion of Kenyatta Avenue into a dual carriageway.
p|She said the project, funded jointly by the county and the national government, also includes a new storm water drainage system to end the perennial flooding in the CBD.
p|"The traders were informed through their associations as early as December. We held several meetings with them. This is not a new issue," Chebet told the Lantern on the phone.
h2|Relocation plan
p|She said the county has identified alternative space at the new Wakulima market extension and the former bus park along Oginga Odinga Road, where about 350 traders can be accommodated.
p|But the Nakuru Traders Association chairman Joseph Mwangi dismissed the relocation plan, saying the proposed sites have little customer traffic.
p|"Nobody buys anything at that bus park. You are taking a trader from where the customers are to where there is dust," Mwangi said.
p|He said the association will move to court to seek compensation for the destroyed goods.
p|Nakuru East MP's office said it would engage the county government to ensure affected traders get a fair hearing.
p|Under the County Governments Act and the Physical and Land Use Planning Act, authorities are required to issue adequate notice before any demolition of structures on public land.
p|The demolition comes barely a month after a similar exercise along the Nakuru-Eldoret highway left over 80 traders stranded.
signature|Edited by Henry Omondi
tags|Nakuru
tags|Traders
tags|Demolition
tags|Kenyatta Avenue
share|Share this article
comments|Comments
comments|Start the conversation
comments|Log in to comment
app|Get the Lantern on your phone. Download the app on Google Play and App Store
related|More Stories
related|Nakuru MCAs approve Sh1.2 billion supplementary budget
related|2 days ago
related|Naivasha fish traders protest over imports from China
related|5 days ago
related|Molo farmers decry low potato prices
related|1 week ago
teaser-list|Latest News
teaser-list|1h ago
teaser-list|Police officer arrested over killing of boda boda rider in Thika
teaser-list|2h ago
teaser-list|KRA extends deadline for tax amnesty applications
teaser-list|3h ago
teaser-list|Gor Mahia fined Sh500,000 over crowd trouble
teaser-list|4h ago
teaser-list|Weatherman warns of heavy rains in Western, Rift Valley
most-read|Most Read
most-read|1
most-read|Teachers to receive salary arrears in April, TSC says
most-read|2
most-read|Man arraigned over Sh40 million land fraud in Kiambu
most-read|3
most-read|Why Kenyans are queueing for new digital IDs
video|Lantern TV
video|WATCH: Traders in Nakuru protest demolitions
video|02:14
footer|THE DAILY LANTERN
footer|About Us
footer|Contact Us
footer|Advertise with Us
footer|Careers
footer|Terms and Conditions
footer|Privacy Policy
footer|Editorial Policy
social|Follow us on Facebook, X, Instagram, TikTok and YouTube
copyright|Copyright © 2026. The Daily Lantern. All Rights Reserved
cookie|We use cookies to improve your experience on our site. By continuing you accept our cookie policy.
cookie|Accept
"""),
 dict(id="the-star-ke-style-2", site="the-star-ke-style", lang="en", sep="\n", title="MPs reject proposal to scrap housing levy, vote to cap deductions for casual workers", date="2026-02-18", page="""
skip-link|Skip to main content
timestamp|Wednesday, February 18, 2026
menu|THE DAILY LANTERN
menu|Kenya's Most Read Newspaper
account|Log In
subscribe|Subscribe
epaper|ePaper
menu|Home News Counties Politics Business Sports Opinion Health Realtime Lantern Blogs Video Podcasts Crosswords
search|Search
breaking|TRENDING
breaking|Housing levy vote: How your MP voted
breaking|KCSE 2025 results: Top schools
breaking|Nairobi expressway toll rates go up
ad|ADVERTISEMENT
ad|Safari Bet - Bet on the EPL with boosted odds. 18+ only
disclaimer|Gambling is addictive. Play responsibly. Licensed by BCLB.
breadcrumb|News
h1|MPs reject proposal to scrap housing levy, vote to cap deductions for casual workers
lead|Amendment by opposition MP defeated 163 to 94 in a heated session that ran past 9pm
byline|by MERCY AKINYI
byline|Political Reporter
section-label|News
dateline|18 February 2026 - 08:10
dateline|Updated 18 February 2026 - 11:32
section-label|In Summary
li|The House adopted an amendment limiting the levy for casual workers earning less than Sh15,000 a month to Sh200.
li|Opposition MPs walked out after the Speaker declined a request for a secret ballot.
li|The Bill now goes back to the Senate for concurrence.
share|Share
share|Facebook
share|X
share|WhatsApp
share|LinkedIn
share|Email
caption|MPs during a session at Parliament, Nairobi, on Tuesday, February 17, 2026.
credit|IMAGE: FILE
listen|Listen to this article
listen|00:00 / 04:51
p|The National Assembly on Tuesday night rejected a proposal to scrap the Affordable Housing Levy, handing the government a major win in its bid to fund the flagship housing programme.
p|In a heated session that ran past 9pm, MPs voted 163 to 94 to defeat an amendment by Kitutu Chache South MP Daniel Nyang'au, who had sought to repeal the section of the law that imposes the 1.5 per cent deduction on gross salaries.
p|Nyang'au told the House that the levy had become "a burden that Kenyans never agreed to carry," arguing that workers are already struggling with higher NHIF and NSSF deductions.
p|"We are taking money from a mama mboga in Kisii to build houses in Nairobi that she will never live in. That is not affordable housing, that is forced saving without interest," he said.
read-also|Also Read: Housing levy collections hit Sh120 billion, says Treasury
p|But Majority Leader Kimani Ichung'wah defended the levy, saying it had already financed more than 140,000 housing units across 38 counties and created jobs for thousands of young people.
p|"You cannot stand here and say the programme has failed when our young people are working on these sites every day. Go to Mukuru, go to Pangani, go and see," Ichung'wah said.
h2|Relief for casual workers
p|The House, however, adopted an amendment by the Departmental Committee on Housing that caps the monthly deduction for casual and low-income workers earning less than Sh15,000 at Sh200.
p|Committee chairperson Johana Ng'eno said the change would cushion about 1.3 million workers in the informal and agricultural sectors.
p|"We listened to Kenyans during public participation. The low-income earner must be protected," Ng'eno said.
ad|ADVERTISEMENT
p|Opposition MPs walked out of the chamber after Speaker Moses Wetang'ula declined their request for a secret ballot on the vote.
p|Minority Leader Junet Mohamed termed the decision "a betrayal of Kenyans" and said the coalition would mobilise the public to reject the levy at the 2027 polls.
p|The amended Bill now goes back to the Senate for concurrence before it is presented to President William Ruto for assent.
p|Workers' unions have threatened to go to court if the cap on low-income earners does not take effect by April.
signature|Edited by Tom Otieno
tags|Housing Levy
tags|National Assembly
tags|Parliament
share|Share this article
comments|Comments
comments|Start the conversation
comments|Log in to comment
newsletter|Get the day's top stories in your inbox
newsletter|Enter your email
newsletter|Subscribe
related|More Stories
related|Housing levy collections hit Sh120 billion, says Treasury
related|4 days ago
related|Senators push for audit of affordable housing projects
related|1 week ago
teaser-list|Latest News
teaser-list|25m ago
teaser-list|Ruto to tour Coast region next week, State House says
teaser-list|1h ago
teaser-list|Kisumu port handles record cargo volume in January
teaser-list|2h ago
teaser-list|Court stops eviction of 300 families in Athi River
most-read|Most Read
most-read|1
teaser-list|MPs reject proposal to scrap housing levy, vote to cap deductions for casual workers
most-read|2
most-read|KCSE 2025 results: Top 100 schools
most-read|3
most-read|Nairobi expressway toll rates go up from March 1
blogs|Lantern Blogs
blogs|KIBET: Why our counties must stop borrowing for salaries
blogs|OCHIENG: The quiet crisis in our public universities
footer|THE DAILY LANTERN
footer|About Us
footer|Contact Us
footer|Advertise with Us
footer|Careers
footer|Terms and Conditions
footer|Privacy Policy
footer|Editorial Policy
social|Follow us on Facebook, X, Instagram, TikTok and YouTube
copyright|Copyright © 2026. The Daily Lantern. All Rights Reserved
"""),
 dict(id="wakatsera-style-1", site="wakatsera-style", lang="fr", sep="\n", title="CEDEAO-AES : l'heure du pragmatisme a sonné", date="2026-01-15", page="""
timestamp|jeudi, janvier 15, 2026
account|Se connecter
social|Facebook
social|Twitter
social|Youtube
social|Linkedin
menu|Sahel Horizon
menu|Le temps de l'Afrique
menu|ACCUEIL
menu|POLITIQUE
menu|ECONOMIE
menu|SOCIETE
menu|CULTURE
menu|SPORT
menu|EDITO
menu|CHRONIQUE
menu|TRIBUNE
menu|INTERNATIONAL
search|Rechercher
ad|- Advertisment -
breadcrumb|Accueil
breadcrumb|Edito
section-label|Edito
h1|CEDEAO-AES : l'heure du pragmatisme a sonné
byline-label|Par
byline|Sahel Horizon
dateline|15 janvier 2026
comments|0
views|318
share|Facebook
share|Twitter
share|Pinterest
share|WhatsApp
share|Linkedin
share|Email
print|Print
caption|Les drapeaux des pays membres de la CEDEAO et de l'AES (Ph. d'illustration)
p|Un an après la sortie effective du Burkina Faso, du Mali et du Niger de la Communauté économique des Etats de l'Afrique de l'Ouest (CEDEAO), les deux blocs semblent enfin se résoudre à regarder la réalité en face. La réunion des experts qui s'est tenue cette semaine à Lomé, sur la libre circulation des personnes et des biens, a au moins eu le mérite de mettre autour de la même table ceux qui, il y a peu, ne s'adressaient plus la parole que par communiqués interposés.
p|Car au-delà des postures et des discours enflammés, il y a une vérité têtue : les peuples de l'espace ouest-africain sont liés par l'histoire, la géographie, le commerce et le sang. Le commerçant de Kaya qui achète son pagne à Lomé, la transporteuse de Bobo-Dioulasso qui livre des mangues à Abidjan, l'étudiant de Gao inscrit à l'université de Dakar, ne savent que faire des querelles de chancelleries. Ce qu'ils veulent, c'est passer les frontières sans tracasseries et sans avoir à glisser un billet à chaque poste de contrôle.
p|Certes, les ruptures ont été brutales, et les rancœurs sont encore vives. Les pays de l'Alliance des Etats du Sahel reprochent à l'organisation sous-régionale d'avoir, au plus fort de la crise, imposé des sanctions qui ont d'abord frappé les populations. La CEDEAO, elle, s'inquiète de voir se fissurer un édifice bâti patiemment depuis 1975. Chacun a ses arguments. Mais à quoi bon avoir raison seul contre tous, quand le coût de la division se paie en tonnes de marchandises bloquées et en emplois perdus ?
ad|- Advertisment -
p|Les premiers résultats des discussions de Lomé, même modestes, vont dans le bon sens. Les deux parties se sont accordées sur le maintien de l'exemption de visa pour les ressortissants des deux espaces, sur la reconnaissance mutuelle des documents de voyage et sur la création d'un comité technique chargé de suivre les échanges commerciaux aux frontières. Ce n'est pas la révolution, mais c'est déjà un pas.
p|Reste à savoir si la volonté politique suivra. Car l'on connaît la propension de nos dirigeants à signer des accords en grande pompe, avant de les ranger aussitôt dans les tiroirs. Le véritable test sera celui des corridors : Ouagadougou-Abidjan, Bamako-Dakar, Niamey-Cotonou. C'est là, sur le bitume et dans la poussière, que l'on verra si les engagements de Lomé valent plus que l'encre qui a servi à les écrire.
p|Il faudra aussi que chacun accepte de mettre un peu d'eau dans son bissap. L'AES, qui affirme son souveraineté, ne peut ignorer que ses économies enclavées dépendent largement des ports côtiers. Et les pays côtiers, de leur côté, savent que le Sahel est à la fois un marché et un rempart face à la menace terroriste qui, elle, ne connaît pas de frontières.
p|Le pragmatisme n'est pas une trahison. C'est même, parfois, la forme la plus aboutie du courage politique. Puisse Lomé n'être qu'une première étape.
signature|Par Wakatiba Zongo
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
tags|AES
tags|CEDEAO
tags|Edito
tags|libre circulation
nav|Article précédent
nav|Ouagadougou : les commerçants du marché Rood Woko relogés d'ici juin
nav|Article suivant
nav|Football : les Etalons préparent leur match amical contre le Cap-Vert
related|ARTICLES SIMILAIRES
author-link|PLUS DE L'AUTEUR
related|Sénégal : la dette cachée, un fardeau pour la nouvelle génération
related|Guinée : après la présidentielle, le temps des réformes ?
related|Tchad : le dialogue politique relancé à N'Djamena
comments|LAISSER UN COMMENTAIRE
comments|Annuler la réponse
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
disclaimer|Ce site utilise Akismet pour réduire les indésirables. En savoir plus sur la façon dont les données de vos commentaires sont traitées.
ad|- Advertisment -
most-read|Articles populaires
most-read|Burkina : le gouvernement adopte le nouveau code minier
most-read|14 janvier 2026
most-read|Côte d'Ivoire : le nouveau gouvernement dévoilé
most-read|13 janvier 2026
most-read|Niger : les cours reprennent dans les écoles de Tillabéri
most-read|12 janvier 2026
categories|CATÉGORIE POPULAIRE
categories|Société 4872
categories|Politique 3410
categories|Edito 1987
categories|International 1562
categories|Sport 1205
footer|A PROPOS DE NOUS
about|Sahel Horizon est un média en ligne burkinabè d'information générale qui porte un regard africain sur l'actualité du continent et du monde.
contact|Contactez-nous: redaction@sahelhorizon.example
footer|SUIVEZ-NOUS
social|Facebook Twitter Youtube
copyright|© Sahel Horizon 2026 - Tous droits réservés
"""),
 dict(id="wakatsera-style-2", site="wakatsera-style", lang="fr", sep="\n", title="Burkina : le SIAO 2026 se tiendra du 30 octobre au 8 novembre avec 3 500 exposants attendus", date="2026-03-12", page="""
timestamp|jeudi, mars 12, 2026
account|Se connecter
social|Facebook
social|Twitter
social|Youtube
social|Linkedin
menu|Sahel Horizon
menu|Le temps de l'Afrique
menu|ACCUEIL
menu|POLITIQUE
menu|ECONOMIE
menu|SOCIETE
menu|CULTURE
menu|SPORT
menu|EDITO
menu|CHRONIQUE
menu|TRIBUNE
menu|INTERNATIONAL
search|Rechercher
ad|- Advertisment -
ad|LONAB - Tentez votre chance au PMU'B ce week-end !
breadcrumb|Accueil
breadcrumb|Culture
section-label|Culture
section-label|Economie
h1|Burkina : le SIAO 2026 se tiendra du 30 octobre au 8 novembre avec 3 500 exposants attendus
byline-label|Par
byline|Sahel Horizon
dateline|12 mars 2026
comments|0
views|204
share|Facebook
share|Twitter
share|Pinterest
share|WhatsApp
share|Linkedin
share|Email
print|Print
caption|Le Directeur général du SIAO, Issouf Ouédraogo (au centre), lors de la conférence de presse
credit|Ph. Sahel Horizon
dateline|Ouagadougou, 11 mars 2026 (Sahel Horizon) –
p|La 18e édition du Salon international de l'artisanat de Ouagadougou (SIAO) se tiendra du 30 octobre au 8 novembre 2026, sur le site du SIAO à Ouaga 2000. L'annonce a été faite mercredi par le directeur général de la structure, Issouf Ouédraogo, au cours d'une conférence de presse animée dans la capitale burkinabè.
p|Placée sous le thème « Artisanat africain, levier de souveraineté économique et d'emploi des jeunes », cette édition entend réunir quelque 3 500 exposants venus d'une trentaine de pays, contre un peu moins de 3 000 lors de la précédente édition. Plus de 400 000 visiteurs sont attendus durant les dix jours du salon.
p|« Le SIAO n'est pas seulement une vitrine. C'est un marché, un lieu de rencontres d'affaires où nos artisans signent des contrats et trouvent des débouchés à l'international », a souligné M. Ouédraogo, qui a rappelé que le volume des transactions enregistrées en 2024 avait dépassé les 6 milliards de FCFA.
h2|Les pays de l'AES à l'honneur
p|Le Mali et le Niger seront les pays invités d'honneur de cette édition, une première qui, selon les organisateurs, traduit « la volonté de bâtir un espace culturel et économique commun » au sein de la Confédération des Etats du Sahel. Des pavillons spécifiques leur seront dédiés, ainsi qu'une journée consacrée aux savoir-faire du Sahel.
p|Plusieurs innovations sont annoncées pour 2026 :
li|une plateforme de vente en ligne permettant aux exposants de commercialiser leurs produits avant, pendant et après le salon ;
li|un village de l'innovation réservé aux jeunes créateurs de moins de 35 ans ;
li|un espace de paiement électronique généralisé, pour limiter la circulation d'espèces sur le site ;
li|des navettes gratuites entre le centre-ville et Ouaga 2000.
ad|- Advertisment -
h2|Un appel aux artisans de l'intérieur
p|Les inscriptions des exposants sont ouvertes jusqu'au 31 juillet auprès des directions régionales du commerce et de l'artisanat, ainsi que sur le site internet du SIAO. Le coût du stand a été maintenu au même niveau qu'en 2024, afin, dit-on, de permettre aux artisans des régions les plus éprouvées par la crise sécuritaire de participer.
p|Le directeur général a par ailleurs invité les artisans à privilégier la qualité et les matières premières locales, notamment le Faso Danfani, le bronze, le cuir et la vannerie. Un jury désignera à la clôture les meilleurs produits, dotés de prix allant jusqu'à 5 millions de FCFA.
p|Créé en 1988, le SIAO est devenu l'un des plus grands rendez-vous de l'artisanat sur le continent. Il se tient tous les deux ans à Ouagadougou.
signature|Aïcha Sawadogo
tags|artisanat
tags|Ouagadougou
tags|SIAO 2026
nav|Article précédent
nav|Santé : la campagne de chimioprévention du paludisme démarre en juin
nav|Article suivant
nav|Cinéma : trois films burkinabè sélectionnés au festival de Khouribga
related|ARTICLES SIMILAIRES
author-link|PLUS DE L'AUTEUR
related|Faso Danfani : les tisseuses de Koudougou réclament un meilleur accès au fil
related|Culture : la Semaine nationale de la culture reportée à 2027
related|Bobo-Dioulasso : ouverture d'un centre de formation aux métiers du cuir
comments|LAISSER UN COMMENTAIRE
comments|Annuler la réponse
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
disclaimer|Ce site utilise Akismet pour réduire les indésirables. En savoir plus sur la façon dont les données de vos commentaires sont traitées.
ad|- Advertisment -
most-read|Articles populaires
most-read|Edito : le Sahel face au défi de l'eau
most-read|11 mars 2026
most-read|Togo : les enseignants en grève illimitée
most-read|10 mars 2026
most-read|Burkina : le prix du sac de riz en baisse dans les marchés
most-read|9 mars 2026
categories|CATÉGORIE POPULAIRE
categories|Société 5012
categories|Politique 3477
categories|Edito 2031
categories|International 1609
categories|Culture 1288
footer|A PROPOS DE NOUS
about|Sahel Horizon est un média en ligne burkinabè d'information générale qui porte un regard africain sur l'actualité du continent et du monde.
contact|Contactez-nous: redaction@sahelhorizon.example
footer|SUIVEZ-NOUS
social|Facebook Twitter Youtube
copyright|© Sahel Horizon 2026 - Tous droits réservés
"""),
 dict(id="the-chronicle-zw-style-1", site="the-chronicle-zw-style", lang="en", sep="\n", title="Bulawayo eases water shedding as Mtshabezi pipeline upgrade is completed", date="2026-02-05", page="""
timestamp|Thursday, 5 February 2026
ticker|ZiG 26.84/US$ · ZSE All Share 213 402.17 -0.42% · VFEX All Share 98.06 +0.11%
epaper|E-Paper
subscribe|Subscribe
account|Login
menu|The Western Chronicle
menu|Pride of the Nation
menu|Home
menu|News
menu|Local News
menu|National
menu|Business
menu|Sport
menu|Opinion
menu|Showbiz
menu|Feature
menu|Health
menu|Videos
menu|Classifieds
search|Search
breaking|Breaking
breaking|President commissions Gwayi-Shangani Dam hydro-plant
ad|Advertisement
section-label|Local News
section-label|Editor's Pick
h1|Bulawayo eases water shedding as Mtshabezi pipeline upgrade is completed
dateline|05 Feb, 2026 - 00:02
comments|0 Comments
share|Share This:
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
caption|Mtshabezi Dam
alt-text|Mtshabezi Dam
byline|Nqobile Moyo, Chronicle Reporter
p|BULAWAYO City Council has reduced its water shedding schedule from 72 hours to 48 hours a week following the completion of the upgrade of the Mtshabezi pipeline, which has increased the volume of water pumped into the city by about 15 megalitres a day.
p|The city has been on a 72-hour weekly water shedding programme since October last year after three of its six supply dams were decommissioned due to low water levels.
p|In a statement yesterday, town clerk Mr Christopher Ncube said the new schedule takes effect on Monday and will run until the city's supply dams recover during the rainy season.
p|"The City of Bulawayo wishes to advise residents that following the commissioning of the upgraded Mtshabezi pipeline, the water shedding programme has been reviewed from 72 hours to 48 hours per week with effect from Monday, 9 February 2026," said Mr Ncube.
p|"Residents are, however, urged to continue using water sparingly as the overall supply situation remains precarious."
read-also|RELATED: Residents urged to harvest rainwater as dam levels remain low
p|The Mtshabezi pipeline, which draws water from Mtshabezi Dam in Gwanda District, was upgraded by the Zimbabwe National Water Authority (ZINWA) with funding from Government under the Emergency Water Supply Programme.
p|The works included the installation of new pumps at the Mtshabezi pumping station and the replacement of 12 kilometres of worn-out pipes along the route to Mzingwane Dam, from where water is fed into the city's system.
p|ZINWA corporate communications and marketing manager Mrs Marjorie Munyonga said the authority was now pumping about 25 megalitres a day, up from 10 megalitres before the upgrade.
p|"We are happy that the project has been completed on time. This is part of Government's commitment to ensuring that the people of Bulawayo have access to clean and safe water," she said.
h2|Long-term solution
p|Bulawayo's daily water demand is estimated at 165 megalitres, while the city is currently receiving an average of 120 megalitres a day from its supply dams.
p|The long-term solution to the city's perennial water challenges lies in the completion of the National Matabeleland Zambezi Water Project, whose first phase, the Gwayi-Shangani Dam, is now complete.
p|Work on the 245-kilometre pipeline from Gwayi-Shangani Dam to Bulawayo is under way, with Government saying the first water is expected to reach the city before the end of the year.
p|Bulawayo Progressive Residents Association co-ordinator Mr Emmanuel Ndlovu welcomed the reduction in water shedding hours but said some high-lying suburbs such as Magwegwe, Luveve and Cowdray Park were going for more than a week without water.
p|"We appreciate the efforts, but council must address the issue of high-lying areas which are not getting water even when supplies are restored," he said.
signature|@NqobileMoyo_C
tags|Bulawayo City Council
tags|Mtshabezi Dam
tags|Water shedding
tags|ZINWA
share|Share This:
whatsapp|Join The Western Chronicle WhatsApp channel for the latest news
social|Follow us on X @WesternChron
nav|Previous Article
nav|Highlanders unveil new coach ahead of Castle Lager PSL season
nav|Next Article
nav|Lupane State University hosts first agricultural expo
related|Related Posts
related|Residents urged to harvest rainwater as dam levels remain low
related|04 Feb, 2026
related|Council to repair 40 burst pipes in western suburbs
related|02 Feb, 2026
related|Gwayi-Shangani pipeline 60 percent complete
related|30 Jan, 2026
comments|Comments
comments|0 Comments
comments|Log in to leave a comment
teaser-list|Latest News
teaser-list|Man (34) fatally stabbed in beerhall brawl in Nkulumane
teaser-list|5 minutes ago
teaser-list|Tobacco sales open at Bulawayo auction floors
teaser-list|1 hour ago
teaser-list|Bosso midfielder called up for Warriors camp
teaser-list|2 hours ago
most-read|Trending
most-read|Vendors, council clash over CBD stalls
most-read|Bride dumps groom at altar over lobola dispute
most-read|Ex-soldier jailed for armed robbery
ad|Advertisement
ad|NetOne - One Fusion bundles. Dial *171#
network|Our Network
network|The Capital Herald
network|The Sunday Courier
network|Sunday Mirror News
network|B-Town Metro
network|The Eastern Post
network|Ilanga Weekly
network|Matabeleland FM
footer|About Us
footer|Advertise
footer|Contact Us
footer|Terms of Use
footer|Privacy Policy
copyright|© Copyright 2026 The Western Chronicle, Zimbabwe National Newspapers Group. All rights reserved.
"""),
 dict(id="the-chronicle-zw-style-2", site="the-chronicle-zw-style", lang="en", sep="\n", title="Umzingwane cattle rustler jailed 12 years", date="2026-01-27", page="""
timestamp|Tuesday, 27 January 2026
ticker|ZiG 26.71/US$ · ZSE All Share 211 880.54 +0.27% · VFEX All Share 97.88 -0.05%
epaper|E-Paper
subscribe|Subscribe
account|Login
menu|The Western Chronicle
menu|Pride of the Nation
menu|Home · News · Local News · National · Business · Sport · Opinion · Showbiz · Feature · Health · Videos · Classifieds
search|Search
breaking|Breaking
breaking|Schools open for first term with 1.2 million learners in Matabeleland
ad|Advertisement
section-label|Local News
h1|Umzingwane cattle rustler jailed 12 years
dateline|27 Jan, 2026 - 00:01
comments|0 Comments
share|Share This:
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
caption|Court
alt-text|Court
byline|Mashumba Ngwenya, Court Reporter
p|A 41-YEAR-OLD man from Umzingwane District in Matabeleland South has been jailed for 12 years for stealing five head of cattle from his neighbour and selling them to a butchery in Bulawayo.
p|Zenzo Mpofu of Esibomvu Village in Esigodini pleaded not guilty to five counts of stock theft when he appeared before Esigodini magistrate Mr Lungile Dube, but was convicted after a full trial.
p|He was sentenced to 12 years in prison, the mandatory minimum sentence for stock theft under the Criminal Law (Codification and Reform) Act.
p|The magistrate said the court found no special circumstances that would justify a lesser sentence.
p|"Stock theft is a serious offence which is rampant in this province. Cattle are the bank of the rural people and the courts have a duty to protect them," said Mr Dube.
read-also|ALSO READ: Police launch blitz on stock theft in Matabeleland South
p|Prosecuting, Mr Nkosilathi Sibanda said on 14 November last year, Mpofu drove five cattle belonging to Mr Sipho Ncube from a grazing area near Mawabeni Business Centre.
p|He allegedly herded the cattle to a homestead in Ntabazinduna where they were loaded onto a truck and transported to a butchery in Bulawayo's Belmont industrial area.
p|The court heard that Mpofu sold the cattle for US$1 800 and used the money for personal needs.
p|Mr Ncube discovered that his cattle were missing the following day and made a report to the police.
h2|Tip-off
p|Acting on a tip-off, detectives from the Criminal Investigation Department's Stock Theft Unit in Bulawayo visited the butchery, where they recovered the hides of the stolen beasts.
p|The hides bore Mr Ncube's brand marks, leading to the arrest of Mpofu, whose name was found in the butchery's purchase records.
p|In his defence, Mpofu told the court that he had bought the cattle from a man he only knew as "Bhudi" at a livestock sale in Esigodini and had no idea they were stolen.
p|However, the magistrate dismissed his defence, saying he failed to produce any stock movement permit or clearance certificate from the police.
p|Matabeleland South provincial police spokesperson Inspector Loveness Mangena urged farmers to brand their livestock and to conduct regular checks on their herds.
p|She also warned butchery operators against buying livestock without proper documentation.
p|"We will not hesitate to arrest butchery owners who buy stolen cattle. Every transaction must be accompanied by a stock movement permit and a police clearance," she said.
signature|— @MashNgwenya
tags|Esigodini
tags|Stock theft
tags|Umzingwane
share|Share This:
whatsapp|Join The Western Chronicle WhatsApp channel for the latest news
social|Follow us on X @WesternChron
nav|Previous Article
nav|Zanu-PF Bulawayo province holds inter-district meeting
nav|Next Article
nav|Plumtree border post to operate 24 hours
related|Related Posts
related|Police launch blitz on stock theft in Matabeleland South
related|20 Jan, 2026
related|Gwanda man jailed for stealing donkeys
related|15 Jan, 2026
comments|Comments
comments|Log in to leave a comment
teaser-list|Latest News
teaser-list|Chicken Inn appoint new captain
teaser-list|12 minutes ago
teaser-list|Hwange Colliery resumes operations at Number 3 Mine
teaser-list|1 hour ago
most-read|Trending
most-read|Sharp rise in fuel prices as ZERA reviews tariffs
teaser-list|Umzingwane cattle rustler jailed 12 years
most-read|Woman (70) fights off robbers in Pumula
ad|Advertisement
ad|Econet - Get 10GB for US$5 on Smart Bundles. Dial *143#
classifieds|Classifieds
classifieds|Notices, tenders and vacancies - place your ad today
network|Our Network
network|The Capital Herald
network|The Sunday Courier
network|Sunday Mirror News
network|B-Town Metro
network|The Eastern Post
network|Ilanga Weekly
network|Matabeleland FM
footer|About Us
footer|Advertise
footer|Contact Us
footer|Terms of Use
footer|Privacy Policy
copyright|© Copyright 2026 The Western Chronicle, Zimbabwe National Newspapers Group. All rights reserved.
"""),
]

