# Round 20: eight pages on four more layouts (a Nigerien state news agency, a French local TV channel's site, a UN
# agency's news page, a Ghanaian business site), written blind: without looking at the classifier, its rules or the
# benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND20 = [
 dict(id="anp-niamey-1", site="anp-niamey", lang="fr", sep="\n", title="Tillabéri : lancement de la campagne de vaccination du bétail 2025-2026", date="2025-10-21", page="""
menu|AGENCE NIGÉRIENNE DE PRESSE
menu|Agence officielle d’information – Fondée en 1987
timestamp|Mardi, 21 Octobre 2025 11:37
menu|ACCUEIL | ACTUALITÉS | RÉGIONS | DOSSIERS | PHOTOS | VIDÉOS | ANNONCES OFFICIELLES | CONTACTS
ticker|FLASH INFO ::: Conseil des ministres du 20 octobre : le communiqué intégral ::: Agadez : arrivée des premières caravanes de sel ::: Zinder : 12 000 candidats au BEPC
breadcrumb|ACCUEIL > RÉGIONS > TILLABÉRI
h1|Tillabéri : lancement de la campagne de vaccination du bétail 2025-2026
dateline|Publié le Mardi, 21 Octobre 2025 10:05
byline|Écrit par ANP
views|Affichages : 287
print|Imprimer
share|E-mail
dateline|Tillabéri, 20 oct (ANP)-
p|Le gouverneur de la région de Tillabéri a procédé, lundi 20 octobre 2025, au lancement officiel de la campagne nationale de vaccination du cheptel au parc de vaccination de Sansani Haoussa.
p|La campagne vise cette année plus de 4,6 millions de têtes de bétail dans la région, principalement contre la péripneumonie contagieuse bovine et la pasteurellose.
caption|Le gouverneur de Tillabéri procédant à la vaccination symbolique d’un taureau (Photo ANP)
p|Dans son discours, le gouverneur a invité les éleveurs à « faire vacciner tous leurs animaux », rappelant que la vaccination est gratuite pour les principales maladies.
p|Le directeur régional de l’Élevage a, pour sa part, indiqué que 112 équipes mobiles seront déployées dans les treize départements de la région.
p|La cérémonie s’est déroulée en présence des autorités administratives et coutumières, des responsables des services techniques et de nombreux éleveurs.
signature|AI/CA/ANP 0118 octobre 2025
tags|Mots-clés : élevage, vaccination, Tillabéri
nav|< Précédent   Suivant >
teaser-list|Autres articles
teaser-list|Dosso : remise de kits scolaires à 3 000 élèves (20 Oct 2025)
teaser-list|Maradi : le marché de bétail de Tessaoua réhabilité (19 Oct 2025)
teaser-list|Diffa : une caravane de sensibilisation sur la cohésion sociale (18 Oct 2025)
footer|ANP – Agence Nigérienne de Presse, BP 11 158 Niamey – Tél. : (+227) 20 00 00 00
copyright|Copyright © 2025 ANP. Tous droits réservés.
"""),
 dict(id="anp-niamey-2", site="anp-niamey", lang="fr", sep="\n", title="Niamey : ouverture d’un atelier national sur la gestion des déchets plastiques", date="2025-11-12", page="""
menu|AGENCE NIGÉRIENNE DE PRESSE
menu|Agence officielle d’information – Fondée en 1987
timestamp|Mercredi, 12 Novembre 2025 16:02
menu|ACCUEIL | ACTUALITÉS | RÉGIONS | DOSSIERS | PHOTOS | VIDÉOS | ANNONCES OFFICIELLES | CONTACTS
ticker|FLASH INFO ::: Zinder : les travaux de la route Mirriah-Gouré avancent ::: Coupe nationale : le Sahel SC en finale ::: Niamey : fermeture temporaire du pont Kennedy dimanche
breadcrumb|ACCUEIL > ACTUALITÉS > ENVIRONNEMENT
h1|Niamey : ouverture d’un atelier national sur la gestion des déchets plastiques
dateline|Publié le Mercredi, 12 Novembre 2025 14:48
byline|Écrit par Hadiza Issoufou
views|Affichages : 96
print|Imprimer
share|E-mail
dateline|Niamey, 12 nov (ANP)-
p|Le secrétaire général du ministère de l’Environnement a ouvert, mercredi à Niamey, un atelier national de trois jours consacré à la gestion des déchets plastiques en milieu urbain.
p|L’atelier réunit une soixantaine de participants venus des huit régions du pays : responsables municipaux, associations de ramassage, recycleurs et chercheurs.
h2|Trois axes
p|Les travaux porteront sur :
li|l’application de la loi interdisant les sachets plastiques de faible épaisseur ;
li|l’appui aux unités de recyclage artisanales ;
li|la sensibilisation des commerçants et des ménages.
p|Selon les organisateurs, la ville de Niamey produit chaque jour près de 200 tonnes de déchets plastiques, dont moins d’un dixième est recyclé.
p|« Le plastique est devenu un problème de santé publique », a déclaré le secrétaire général.
p|Les conclusions de l’atelier seront transmises au gouvernement à la fin du mois.
signature|HI/CA/ANP 0245 novembre 2025
nav|< Précédent   Suivant >
teaser-list|Autres articles
teaser-list|Tahoua : clôture de la foire régionale de l’oignon (11 Nov 2025)
teaser-list|Niamey : les enseignants contractuels reçus par le ministre (10 Nov 2025)
footer|ANP – Agence Nigérienne de Presse, BP 11 158 Niamey – Tél. : (+227) 20 00 00 00
copyright|Copyright © 2025 ANP. Tous droits réservés.
"""),
 dict(id="tele-val-de-loire-1", site="tele-val-de-loire", lang="fr", sep="\n\n", title="Blois : le marché couvert rouvre ses portes après dix-huit mois de travaux", date="2025-04-05", page="""
skip-link|Aller au contenu principal
skip-link|Aller à la recherche
menu|TVL – Télé Val de Loire
watch|▶ EN DIRECT
watch|Revoir nos émissions
menu|Infos  Blois  Tours  Orléans  Sports  Culture  Météo  Agenda
app|Téléchargez l’application TVL : disponible sur l’App Store et Google Play
breadcrumb|Accueil / Infos / Blois
section-label|Loir-et-Cher
h1|Blois : le marché couvert rouvre ses portes après dix-huit mois de travaux
dateline|Le 05/04/2025 à 12h40
byline|Par Lucie Marchand, Thomas Royer (JRI)
video|Lecture de la vidéo
video|Durée : 01:47
video|Le reportage de Lucie Marchand et Thomas Royer
lead|Rénové de fond en comble, le marché couvert de la place Louis-XII a accueilli ce samedi ses premiers clients. Vingt-deux commerçants y ont pris place.
p|Dès 7 heures, les premiers clients se pressaient devant les étals de fromages et de poissons. Beaucoup attendaient cette réouverture depuis l’automne 2023.
p|La charpente métallique, datant de 1895, a été entièrement restaurée. Le sol a été refait et les halles sont désormais chauffées l’hiver.
caption|Les étals de primeurs sous la charpente restaurée, samedi matin.
credit|© TVL
p|Le chantier a coûté 4,3 millions d’euros, financés pour moitié par la Ville.
h2|De nouveaux commerçants
p|Parmi les vingt-deux commerçants, huit sont nouveaux venus : un traiteur libanais, une épicerie vrac, un torréfacteur ou encore un caviste spécialisé dans les vins de Loire.
p|« On a attendu notre place pendant deux ans, mais ça valait le coup », sourit Karim Haddad, le traiteur.
p|Le marché sera ouvert du mardi au dimanche matin.
poll|SONDAGE – Faites-vous vos courses au marché ?
poll|Oui, chaque semaine
poll|De temps en temps
poll|Jamais
poll|Voter
share|Partager sur Facebook | Partager sur X | Copier le lien
teaser-list|À revoir
teaser-list|VIDÉO. Chambord : les premiers visiteurs de la saison 02:13
teaser-list|VIDÉO. Tours : la ligne B du tram en test 01:32
weather|Météo demain à Blois : 17° / 6°, éclaircies
footer|TVL – Télé Val de Loire, la chaîne de votre région · Canal 31 de la TNT
footer|Mentions légales · Données personnelles · Gérer mes cookies · Nous contacter · Recrutement
"""),
 dict(id="tele-val-de-loire-2", site="tele-val-de-loire", lang="fr", sep="\n\n", title="Tours : les étudiants infirmiers manifestent pour leurs stages", date="2025-03-12", page="""
skip-link|Aller au contenu principal
skip-link|Aller à la recherche
menu|TVL – Télé Val de Loire
watch|▶ EN DIRECT
watch|Revoir nos émissions
menu|Infos  Blois  Tours  Orléans  Sports  Culture  Météo  Agenda
app|Téléchargez l’application TVL : disponible sur l’App Store et Google Play
breadcrumb|Accueil / Infos / Tours
section-label|Indre-et-Loire
h1|Tours : les étudiants infirmiers manifestent pour leurs stages
dateline|Le 12/03/2025 à 18h05
dateline|Mis à jour le 12/03/2025 à 19h20
byline|Par la rédaction de TVL
lead|Environ 300 étudiants en soins infirmiers ont défilé mercredi après-midi dans le centre de Tours. Ils dénoncent le manque de lieux de stage et des indemnités jugées trop faibles.
video|Lecture de la vidéo
video|Durée : 01:25
repeat|Tours : les étudiants infirmiers manifestent pour leurs stages
p|Partis de la place Jean-Jaurès, les manifestants ont rejoint le siège de l’agence régionale de santé vers 16 heures.
p|Selon le syndicat étudiant, un tiers des étudiants de deuxième année n’ont pas encore de stage pour le printemps.
p|« On nous envoie à 80 kilomètres, sans voiture et sans aide pour le transport », explique Manon, 21 ans.
p|Une délégation a été reçue par la directrice de l’agence.
ad|Publicité
p|L’agence régionale de santé assure que « des solutions seront trouvées pour chaque étudiant » d’ici la fin du mois.
share|Partager sur Facebook | Partager sur X | Copier le lien
teaser-list|À revoir
teaser-list|VIDÉO. Orléans : le festival de Loire dévoile son affiche 00:58
footer|TVL – Télé Val de Loire, la chaîne de votre région · Canal 31 de la TNT
footer|Mentions légales · Données personnelles · Gérer mes cookies · Nous contacter · Recrutement
"""),
 dict(id="un-water-news-1", site="un-water-news", lang="en", sep="\n", title="Cholera vaccination reaches 1.2 million people in flood-hit districts", date="2025-09-04", page="""
skip-link|Skip to main content
lang-switch|English | Français | Español | العربية
menu|United Nations Water and Sanitation Programme
menu|Who we are
menu|What we do
menu|Where we work
menu|News & Stories
menu|Publications
menu|Donate
breadcrumb|Home  ›  News & Stories  ›  Press releases
section-label|PRESS RELEASE
h1|Cholera vaccination reaches 1.2 million people in flood-hit districts
dateline|04 September 2025
share|Share
print|Print
pdf|Download PDF
dateline|GENEVA/MAPUTO, 4 September 2025 –
lead|An emergency oral cholera vaccination campaign has reached more than 1.2 million people in five districts hit by floods in central Mozambique, the UN Water and Sanitation Programme and its partners said today.
p|The campaign, carried out over ten days by more than 600 vaccination teams, targeted districts where cholera cases had risen sharply since the floods in July.
p|"Vaccines buy us time, but they are not enough on their own," said the programme's regional director. "People need safe water and toilets, and they need them now."
h2|Water points restored
p|Alongside the vaccination campaign, the programme and its partners have:
li|repaired 140 water points damaged by the floods;
li|distributed water purification tablets to 85,000 families;
li|built 2,300 emergency latrines in displacement sites.
p|More than 3,400 suspected cholera cases have been reported in the affected districts since July.
p|The programme is appealing for US$18 million to continue its response until the end of the year. So far, 34 per cent of this amount has been received.
separator|###
about|About the UN Water and Sanitation Programme
about|The UN Water and Sanitation Programme works in more than 60 countries to bring safe water and sanitation to people affected by crises. For more information, visit our website.
contact|Media contacts
contact|Amina Chikwanha, Communication Officer, Maputo, +258 84 000 0000, achikwanha@unwsp.example.org
contact|Pierre Duval, Press Officer, Geneva, +41 22 000 00 00, pduval@unwsp.example.org
donate|Help families in crisis get clean water. Donate now
related|Related content
related|Floods in central Mozambique: situation report No. 6
related|Story: "The well is our lifeline"
newsletter|Sign up for our newsletter
footer|Contact  Careers  Procurement  Fraud and misconduct  Terms of use  Privacy
copyright|© United Nations Water and Sanitation Programme 2025
"""),
 dict(id="un-water-news-2", site="un-water-news", lang="en", sep="\n", title="In a hillside school in Nepal, girls no longer miss class for lack of a toilet", date="2025-05-28", page="""
skip-link|Skip to main content
lang-switch|English | Français | Español | العربية
menu|United Nations Water and Sanitation Programme
menu|Who we are
menu|What we do
menu|Where we work
menu|News & Stories
menu|Publications
menu|Donate
breadcrumb|Home  ›  News & Stories  ›  Stories
section-label|STORY
h1|In a hillside school in Nepal, girls no longer miss class for lack of a toilet
byline|By Priya Shrestha
dateline|28 May 2025
reading-time|5 min read
alt-text|Students wash their hands at a row of taps outside a school building.
caption|Students at the school wash their hands before lunch. The taps were installed last year.
credit|© UNWSP/Priya Shrestha
p|Sunita, 14, walks an hour each way to reach her school in the hills above Dhading. Until last year, she stayed home for several days each month.
p|"There was one toilet for 300 students, and no door," she says. "I was ashamed."
p|Today the school has separate toilets for girls and boys, running water and a small room where girls can change and rest.
h2|Attendance up
p|Since the new facilities opened, the head teacher says absences among older girls have fallen by almost half.
p|The programme has built similar facilities in 48 schools in the district, with funding from local government and donors.
p|Sunita now wants to become a nurse.
section-label|Related topics
tags|Menstrual health  Schools  Nepal  Sanitation
donate|Help families in crisis get clean water. Donate now
related|Related content
related|Press release: 48 schools in Dhading get new sanitation facilities
newsletter|Sign up for our newsletter
footer|Contact  Careers  Procurement  Fraud and misconduct  Terms of use  Privacy
copyright|© United Nations Water and Sanitation Programme 2025
"""),
 dict(id="cedi-markets-gh-1", site="cedi-markets-gh", lang="en", sep="\n\n", title="Cocoa farmers to receive GH¢3,100 per bag as new season price is announced", date="2025-10-03", page="""
ticker|GSE-CI 6,482.11 ▲0.42%  |  USD/GHS 10.85  |  Gold $2,641.20  |  Brent $71.05  |  Cocoa £4,920
menu|CEDI MARKETS
menu|Home  Economy  Banking  Energy  Agribusiness  Tech  Markets  Opinion  Events
login|Login / Register
section-label|AGRIBUSINESS
h1|Cocoa farmers to receive GH¢3,100 per bag as new season price is announced
byline|Kwabena Asante-Darko
dateline|October 3, 2025
comments|0 Comments
reading-time|3 Mins Read
share|Share on WhatsApp
share|Share on LinkedIn
lead|The government has announced a producer price of GH¢3,100 per 64kg bag of cocoa for the 2025/26 season, up 18 percent from last season's price.
p|The announcement was made in Accra on Thursday by the Finance Minister at the opening of the new cocoa season.
ad|SPONSORED: Open a business account in 10 minutes with our mobile app. Terms apply.
p|Farmers' groups welcomed the increase but said it still fell short of what their counterparts across the border receive.
p|Key points of the announcement:
li|GH¢3,100 per bag, or GH¢48,437.50 per tonne;
li|free fertiliser for farmers with certified farms;
li|payment within 48 hours of delivery, through mobile money.
p|Industry analysts say the higher price could reduce the smuggling of beans to neighbouring countries, which has cost the country tens of thousands of tonnes a year.
p|The regulator said it had secured syndicated financing to buy the season's crop but did not disclose the amount.
read-also|ALSO READ: Cedi gains 2% against dollar in September
p|The main crop season opens on Friday.
author-bio|Kwabena Asante-Darko is a business journalist covering agriculture and commodities.
tags|Cocoa  Farmers  COCOBOD  Agribusiness
comments|Leave a Reply
comments|Your email address will not be published.
comments|Post Comment
event|EVENTS: Ghana Agribusiness Summit 2025 – Accra International Conference Centre, 19–20 November. Register now
teaser-list|Trending
teaser-list|BoG holds policy rate at 27%
teaser-list|2 days ago
teaser-list|Tema port clears backlog of vehicles
teaser-list|4 days ago
footer|About Us  Advertise With Us  Contact  Privacy Policy
copyright|© 2025 Cedi Markets. All Rights Reserved.
"""),
 dict(id="cedi-markets-gh-2", site="cedi-markets-gh", lang="en", sep="\n\n", title="Opinion: Ghana's fintechs need one licence, not five", date="2025-07-15", page="""
ticker|GSE-CI 6,120.48 ▼0.18%  |  USD/GHS 10.42  |  Gold $2,398.90  |  Brent $83.12  |  Cocoa £6,310
menu|CEDI MARKETS
menu|Home  Economy  Banking  Energy  Agribusiness  Tech  Markets  Opinion  Events
login|Login / Register
section-label|OPINION
h1|Opinion: Ghana's fintechs need one licence, not five
byline|Efua Mensah-Bonsu
dateline|July 15, 2025
comments|2 Comments
reading-time|4 Mins Read
share|Share on WhatsApp
share|Share on LinkedIn
p|Ask any founder of a payments start-up in Accra what keeps them awake, and few will say competition. Most will say paperwork.
p|A company that wants to offer mobile payments, small loans and savings products today may need approvals from up to five different bodies, each with its own forms, fees and timelines.
h2|The cost of delay
p|Every month spent waiting for a licence is a month of salaries paid without revenue. Several promising firms have moved their headquarters to other countries in the region for exactly this reason.
h2|A single window
p|The central bank's regulatory sandbox was a good start. The next step should be a single licence with modules, so that a firm can add products without starting the process again.
p|Regulators lose nothing by working together. Consumers and the economy gain a great deal.
author-bio|The writer is a fintech lawyer and a partner at a law firm in Accra.
disclaimer|The views expressed in this article are those of the author and do not necessarily reflect the editorial policy of Cedi Markets.
tags|Fintech  Regulation  Bank of Ghana  Opinion
comments|2 thoughts on "Opinion: Ghana's fintechs need one licence, not five"
comments|Yaw B. says: July 15, 2025 at 3:12 pm
comments|Spot on. We waited 14 months for our licence.
comments|Reply
teaser-list|Trending
teaser-list|Mobile money transfers hit record in June
teaser-list|3 days ago
footer|About Us  Advertise With Us  Contact  Privacy Policy
copyright|© 2025 Cedi Markets. All Rights Reserved.
"""),
]
