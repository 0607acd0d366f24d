# Round 124: eight pages on four more layouts (a Québec news magazine, a Seychelles government daily, a South Sudan
# radio news site, a Gambian daily), written blind: without looking at the classifier, its rules or the benchmark,
# measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND124 = [
 dict(id="lactualite-qc-style-1", site="lactualite-qc-style", lang="fr", sep="\n", title="Cégeps en région : le plafond d'Ottawa sur les permis d'études vide les classes", date="2026-02-18", page="""
skip-link|Passer au contenu
subscribe|Offre exclusive : 1 an de magazine et l'accès illimité au site pour 29,99 $
subscribe|S'abonner
newsletter|Infolettres
account|Se connecter
menu|L'Observateur québécois
menu|Politique
menu|Société
menu|Santé
menu|Économie
menu|Culture
menu|Science
menu|Environnement
menu|Mode de vie
menu|Le magazine
menu|Balados
search|Rechercher
section-label|Éducation
h1|Cégeps en région : le plafond d'Ottawa sur les permis d'études vide les classes
lead|Après avoir misé sur les étudiants venus d'Afrique et d'Europe pour sauver leurs programmes, plusieurs cégeps de l'Est-du-Québec voient leurs inscriptions fondre. Certains craignent de devoir fermer des techniques entières.
byline|Marie-Ève Tremblay
byline|Collaboratrice
dateline|18 février 2026
reading-time|7 minutes de lecture
share|Partager
share|Facebook
share|X
share|LinkedIn
share|Courriel
share|Copier le lien
save|Enregistrer
listen|Écouter cet article
listen|Lecture générée par une voix de synthèse
listen|0:00 / 8:41
caption|Dans le laboratoire de la technique en génie civil du cégep de Matane, la moitié des postes de travail sont restés vides cet hiver.
credit|Photo : Olivier Lemieux pour L'Observateur québécois
p|Dans le corridor du pavillon technique, les casiers numérotés de 1 à 60 sont presque tous ouverts, sans cadenas. « L'an dernier, on manquait de casiers », lance Sylvain Côté, coordonnateur du programme de technologie du génie civil, en faisant le tour du laboratoire désert. Cette session, 11 étudiants se sont inscrits en première année. Ils étaient 27 à l'automne 2024.
p|La différence tient en grande partie à une décision prise à Ottawa. Depuis que le gouvernement fédéral a réduit, puis encore abaissé, le nombre de permis d'études accordés aux étudiants étrangers, les demandes d'admission en provenance du Maroc, de la Côte d'Ivoire, du Sénégal ou de la France se sont effondrées dans les établissements collégiaux de la région.
p|Or, depuis une dizaine d'années, ces étudiants étaient devenus la bouée de sauvetage de nombreux programmes techniques en région, où la baisse démographique avait déjà fait chuter le nombre de jeunes Québécois.
ad|PUBLICITÉ
h2|« On a bâti sur ce modèle-là »
p|Au cégep de la Gaspésie-et-des-Îles comme à celui de Rimouski, les recruteurs parcouraient chaque année les salons étudiants de Casablanca, de Dakar et d'Abidjan. Québec finançait une partie de ces efforts, et les municipalités y voyaient une façon d'attirer de futurs travailleurs qualifiés.
p|« On a bâti sur ce modèle-là, avec la bénédiction de tout le monde, et on nous coupe l'herbe sous le pied en deux ans », déplore la directrice des études d'un cégep du Bas-Saint-Laurent, qui a demandé que son nom ne soit pas publié parce que l'établissement est en négociation avec le ministère.
p|Selon les données compilées par la Fédération des cégeps, les nouvelles inscriptions d'étudiants internationaux dans le réseau collégial public ont reculé de près de 40 % entre l'automne 2024 et l'automne 2025. Dans certains établissements de l'Est, la baisse dépasse 60 %.
read-also|À lire aussi : Pénurie de main-d'œuvre : les régions se disputent les mêmes diplômés
h2|Des programmes sur la sellette
p|La conséquence la plus visible touche les techniques à faible effectif. Sous un certain seuil, le financement de Québec ne couvre plus les coûts d'un programme, et la direction doit décider de suspendre les admissions.
p|Au moins quatre programmes sont actuellement menacés dans l'Est-du-Québec, selon les établissements joints par L'Observateur québécois :
li|technologie du génie civil, à Matane ;
li|techniques de tourisme d'aventure, en Gaspésie ;
li|techniques d'aménagement cynégétique et halieutique, dans le Bas-Saint-Laurent ;
li|technologie de la transformation des produits de la mer, aux Îles-de-la-Madeleine.
p|Les entreprises locales s'inquiètent. « Nos techniciens partent à la retraite et on les remplaçait avec les diplômés du cégep, dont plusieurs venaient d'Afrique et restaient ensuite ici », explique Annie Bérubé, copropriétaire d'une firme d'arpentage de Sainte-Anne-des-Monts. « Si le programme ferme, c'est fini. Un jeune de Montréal ne viendra pas étudier à Matane pour ensuite revenir travailler chez nous. »
ad|PUBLICITÉ
h2|Québec demande une exemption
p|Le ministère de l'Enseignement supérieur affirme avoir demandé à Ottawa d'exclure les cégeps situés hors des grands centres du calcul du plafond. Le fédéral répond que la répartition des permis entre établissements relève des provinces, et que Québec a lui-même choisi de réserver une large part de son quota aux universités.
p|En attendant, certains cégeps tentent de recruter plus près. Rimouski offre désormais une bourse de 3 000 $ aux étudiants de Montréal et de Laval qui s'inscrivent dans un programme technique, ainsi qu'un logement à prix réduit en résidence.
p|Sylvain Côté, lui, n'y croit qu'à moitié. « On va tout essayer. Mais il faut être honnête : la région n'a pas assez de jeunes pour remplir nos classes. Ce n'est pas une opinion, c'est la pyramide des âges. »
signature|Ce reportage a été publié dans le numéro de mars 2026 de L'Observateur québécois.
author-bio|Marie-Ève Tremblay est journaliste indépendante à Rimouski. Elle s'intéresse à l'éducation et au développement régional.
author-link|Tous les articles de Marie-Ève Tremblay
tags|Cégeps
tags|Immigration
tags|Régions
tags|Bas-Saint-Laurent
subscribe|Vous avez aimé cet article ? Le journalisme de qualité a un coût. Abonnez-vous à L'Observateur québécois pour nous aider à poursuivre notre travail.
subscribe|Je m'abonne
newsletter|Ne manquez rien
newsletter|Recevez chaque samedi une sélection de nos meilleurs textes.
newsletter|Votre adresse courriel
newsletter|M'inscrire
newsletter|Vous pouvez vous désabonner en tout temps.
comments|Commentaires
comments|Les commentaires sont modérés. Veuillez consulter notre nétiquette avant de publier.
comments|Connectez-vous pour commenter
comments|2 commentaires
comments|Gilles P. il y a 3 heures
comments|Enfin un article qui explique ce qui se passe vraiment dans nos cégeps. Merci.
comments|Répondre
comments|Nathalie L. il y a 5 heures
comments|Et pendant ce temps, on ferme des programmes qu'on mettra 20 ans à rebâtir.
comments|Répondre
related|Plus de contenu : Éducation
related|Pourquoi les garçons décrochent encore plus en région
related|Enseignants non légalement qualifiés : un sur quatre au primaire
related|Le grand virage des cégeps anglophones
most-read|Les plus populaires
most-read|1. Le coût caché des chiens de race
most-read|2. Que restera-t-il de la CAQ après 2026 ?
most-read|3. Dix livres québécois à lire cet hiver
magazine|Le magazine
magazine|Numéro de mars 2026 : Le Québec qui vieillit
magazine|Feuilleter ce numéro
footer|L'Observateur québécois
footer|Le magazine d'actualité des Québécois depuis 1979
footer|À propos
footer|Nous joindre
footer|Équipe
footer|Publicité
footer|Service à la clientèle
footer|Conditions d'utilisation
footer|Politique de confidentialité
footer|Gérer les témoins
funding-note|Nous reconnaissons l'appui financier du gouvernement du Canada.
funding-note|Avec la participation du gouvernement du Québec
copyright|© 2026 Éditions Boréales inc. Tous droits réservés.
cookie|Nous utilisons des témoins (cookies) pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|Accepter
cookie|Personnaliser
"""),
 dict(id="lactualite-qc-style-2", site="lactualite-qc-style", lang="fr", sep="\n", title="Santé Québec, un an plus tard : « On a changé l'organigramme, pas encore le terrain »", date="2026-01-22", page="""
skip-link|Passer au contenu
subscribe|Offre exclusive : 1 an de magazine et l'accès illimité au site pour 29,99 $
subscribe|S'abonner
newsletter|Infolettres
account|Se connecter
menu|L'Observateur québécois
menu|Politique
menu|Société
menu|Santé
menu|Économie
menu|Culture
menu|Science
menu|Environnement
menu|Mode de vie
menu|Le magazine
menu|Balados
search|Rechercher
section-label|Santé
section-label|Entretien
h1|Santé Québec, un an plus tard : « On a changé l'organigramme, pas encore le terrain »
lead|La nouvelle société d'État devait rendre le réseau de la santé plus agile. Le chercheur Mathieu Lavoie, spécialiste de l'administration publique, dresse un premier bilan, entre attentes déçues et petites victoires.
byline|Par Julien Gagnon
dateline|22 janvier 2026
dateline|Mis à jour le 23 janvier 2026
reading-time|6 minutes de lecture
share|Partager
share|Facebook
share|X
share|LinkedIn
share|Courriel
share|Copier le lien
save|Enregistrer
caption|Mathieu Lavoie, professeur à l'École nationale d'administration publique, dans son bureau de Québec.
credit|Photo : Renaud Philippe / L'Observateur québécois
p|Il y a un an, Santé Québec prenait officiellement les commandes du réseau public. Des dizaines d'établissements, quelque 330 000 employés, un seul employeur. Le gouvernement promettait moins de bureaucratie et des décisions plus rapides. Les urgences, elles, débordent toujours chaque hiver.
p|Mathieu Lavoie, professeur à l'École nationale d'administration publique, étudie les grandes réformes du réseau depuis une quinzaine d'années. Il vient de publier, avec deux collègues, une analyse des premiers mois de la société d'État. Entretien.
h2|Un an après sa création, Santé Québec a-t-elle changé quelque chose pour les patients ?
p|Très peu, honnêtement, et c'était prévisible. Une réforme de structure ne produit pas d'effet visible la première année. On a changé l'organigramme, pas encore le terrain. Les infirmières qui travaillent à l'urgence de Saint-Jérôme ont les mêmes horaires, le même matériel et le même manque de personnel qu'avant.
p|Ce qui a changé, c'est la chaîne de commandement. Avant, un problème remontait au ministère et redescendait six mois plus tard. Aujourd'hui, en théorie, il y a un gestionnaire responsable d'un bout à l'autre.
h2|En théorie ?
p|Oui, parce que dans les faits, le ministère n'a pas complètement lâché prise. Le ministre continue d'annoncer des mesures, de fixer des cibles, parfois d'intervenir dans des décisions locales. On se retrouve avec deux centres de pouvoir qui se regardent. Les gestionnaires que nous avons interrogés nous disent qu'ils ne savent pas toujours à qui rendre des comptes.
ad|PUBLICITÉ
read-also|À lire aussi : Urgences : pourquoi les civières débordent encore en janvier
h2|Qu'est-ce qui fonctionne mieux ?
p|Il y a de petites victoires, qu'on ne voit pas dans les journaux. Le regroupement des achats, par exemple. Acheter les mêmes pansements ou les mêmes pompes à perfusion pour tout le Québec, ça permet des économies réelles. Il y a aussi la mobilité du personnel : une infirmière peut maintenant changer de région sans perdre son ancienneté. C'était une demande très ancienne.
p|Nous avons aussi relevé trois changements concrets dans nos entrevues :
li|des listes d'attente en chirurgie désormais gérées à l'échelle provinciale ;
li|un seul système de paie, qui a mis fin à des dizaines d'ententes locales ;
li|des tableaux de bord publics, mis à jour chaque mois, pour les urgences de chaque hôpital.
h2|Et ce qui inquiète ?
p|La distance. Quand tout se décide à Québec, les besoins de Sept-Îles ou de Val-d'Or risquent de passer après ceux de Montréal. Les anciens conseils d'administration locaux avaient leurs défauts, mais ils connaissaient leur monde. Plusieurs maires nous ont dit ne plus savoir à qui s'adresser quand un service ferme.
p|« Le danger d'une très grande organisation, c'est qu'elle finit par parler surtout à elle-même », résume Mathieu Lavoie.
h2|Faudrait-il revenir en arrière ?
p|Surtout pas. Le pire scénario serait une nouvelle réforme de structure dans deux ans, après l'élection. Le réseau en a connu quatre en vingt ans, et chaque fois, on a perdu des gestionnaires d'expérience et des années de travail. Il faut laisser à Santé Québec le temps de faire ses preuves, mais avec des indicateurs clairs et publics. Si dans trois ans les délais n'ont pas bougé, là, on pourra poser un jugement.
p|Cet entretien a été édité et condensé par souci de clarté.
author-bio|Julien Gagnon est journaliste à L'Observateur québécois. Il couvre la santé et les politiques sociales.
author-link|Tous les articles de Julien Gagnon
tags|Santé Québec
tags|Réseau de la santé
tags|Urgences
subscribe|Vous avez aimé cet article ? Le journalisme de qualité a un coût. Abonnez-vous à L'Observateur québécois pour nous aider à poursuivre notre travail.
subscribe|Je m'abonne
podcast|Balado
podcast|Dans le rouge : l'économie expliquée en 20 minutes
podcast|Épisode 48 - Combien coûte vraiment un médecin de famille ?
podcast|Écouter l'épisode
newsletter|Ne manquez rien
newsletter|Recevez chaque samedi une sélection de nos meilleurs textes.
newsletter|Votre adresse courriel
newsletter|M'inscrire
newsletter|Vous pouvez vous désabonner en tout temps.
comments|Commentaires
comments|Les commentaires sont modérés. Veuillez consulter notre nétiquette avant de publier.
comments|Connectez-vous pour commenter
comments|Soyez le premier à commenter
related|Plus de contenu : Santé
related|Médecins de famille : le guichet d'accès, mode d'emploi
related|Les infirmières praticiennes peuvent-elles désengorger les urgences ?
related|Le Québec manque-t-il vraiment de lits d'hôpitaux ?
most-read|Les plus populaires
most-read|1. Le coût caché des chiens de race
most-read|2. Ce que les Québécois pensent vraiment de l'immigration
most-read|3. Santé Québec, un an plus tard
magazine|Le magazine
magazine|Numéro de février 2026 : Où va notre système de santé ?
magazine|Feuilleter ce numéro
footer|L'Observateur québécois
footer|Le magazine d'actualité des Québécois depuis 1979
footer|À propos
footer|Nous joindre
footer|Équipe
footer|Publicité
footer|Service à la clientèle
footer|Conditions d'utilisation
footer|Politique de confidentialité
footer|Gérer les témoins
funding-note|Nous reconnaissons l'appui financier du gouvernement du Canada.
funding-note|Avec la participation du gouvernement du Québec
copyright|© 2026 Éditions Boréales inc. Tous droits réservés.
cookie|Nous utilisons des témoins (cookies) pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|Accepter
cookie|Personnaliser
"""),
 dict(id="seychelles-nation-style-1", site="seychelles-nation-style", lang="en", sep="\n", title="PUC commissions new desalination unit at Providence to ease dry-season shortages", date="2026-03-04", page="""
timestamp|Wednesday, 04 March 2026
lang-switch|English
lang-switch|Français
lang-switch|Kreol
epaper|E-Paper
subscribe|Subscribe
account|Login
menu|The Island Nation
menu|Seychelles' only daily newspaper
menu|Home
menu|Local
menu|National Assembly
menu|Business
menu|Sports
menu|Features
menu|Education
menu|Health
menu|Environment
menu|International
menu|Press Releases
menu|Notices
search|Search...
ticker|Exchange rates (CBS indicative): USD 14.21 - EUR 15.39 - GBP 17.96
ticker|Victoria 30°C Partly cloudy - Wind SE 15 knots
breadcrumb|Home / Local
section-label|Local
h1|PUC commissions new desalination unit at Providence to ease dry-season shortages
dateline|04 March 2026
byline|By Terrence Vidot
views|Hits: 418
font|Font size: A A A
print|Print
share|Email
share|Share on Facebook
share|Share on X
caption|President of the Republic and PUC officials touring the new desalination unit at Providence yesterday (Photo: Jude Morel)
p|Residents of the east coast of Mahé should experience fewer water cuts during the coming dry season following the commissioning yesterday of a new desalination unit at Providence.
p|The unit, which was officially inaugurated by the Minister for Energy and Public Utilities in the presence of the chief executive of the Public Utilities Corporation (PUC), members of the National Assembly and residents of the surrounding districts, will add 3,000 cubic metres of potable water per day to the national supply.
p|This brings the total desalination capacity on Mahé to about 17,000 cubic metres per day, which the PUC says covers close to 40 percent of demand during the driest months of the year.
h2|Reducing dependence on rainfall
p|In his address, the minister recalled that Mahé relies mainly on the La Gogue and Rochon reservoirs, both of which fall to critically low levels when the rains are late.
p|"Every year we ask the population to be patient and to conserve water. With this new unit, we are taking a concrete step so that families in Cascade, Anse aux Pins and Pointe Larue do not have to wait by their taps in the evening," the minister said.
p|The project, valued at SR 98 million, was financed through a concessional loan from a development partner and a contribution from the government. Construction started in September 2024 and was carried out by a foreign contractor with the participation of local sub-contractors.
p|The PUC chief executive explained that the unit uses reverse osmosis technology and is equipped with energy recovery devices which reduce its electricity consumption by nearly a third compared with the older units at Providence.
ad|Advertisement
ad|Nouvobanq - Your home loan at 6.5 percent. Visit your nearest branch.
h2|Works on the network
p|The PUC also announced that it will replace about 12 kilometres of old pipes on the east coast before the end of the year. According to the corporation, up to a quarter of the water produced on Mahé is lost through leaks in the distribution network.
p|Residents present at the ceremony welcomed the project but urged the PUC to communicate better during scheduled cuts.
p|"Sometimes the water goes at six o'clock and we only hear about it on the radio after," said Mrs Marie-Paule Hoareau, a resident of Anse aux Pins and a mother of three.
p|The PUC reminded the public that water conservation remains important and listed some simple measures:
li|repair leaking taps and toilet cisterns promptly;
li|avoid washing vehicles with a hose during the dry season;
li|water gardens early in the morning or late in the evening;
li|report any burst pipe to the PUC call centre on 4 67 80 00.
p|A similar unit is planned for Praslin, where work is expected to start in the second half of 2026.
related|Related Articles
related|PUC warns of water restrictions as reservoir levels drop (12 February 2026)
related|Assembly approves supplementary budget for utilities sector (05 February 2026)
related|New solar farm on Ile de Romainville connected to grid (28 January 2026)
most-read|Most Read
most-read|Two arrested after drug seizure at Providence port
most-read|Seychelles win gold in women's 4x100m relay at regional championships
most-read|Price of LPG cylinders to increase from April
epaper|Today's Paper
epaper|Read the e-paper edition of Wednesday 04 March 2026
notices|Notices
notices|Tender for the supply of office furniture - Ministry of Education
notices|Vacancy: Senior Accountant - Seychelles Ports Authority
notices|Death notice: Mr Joseph Antoine Pillay of Baie Lazare
footer|The Island Nation is published by the National Information and Media Agency (NIMA)
footer|Information House, P.O. Box 800, Victoria, Mahé, Seychelles
footer|Tel: +248 4 28 93 00
footer|Email: editor@islandnation.sc
footer|About Us
footer|Advertise
footer|Contact Us
footer|Terms of Use
copyright|Copyright © 2026 The Island Nation. All Rights Reserved.
"""),
 dict(id="seychelles-nation-style-2", site="seychelles-nation-style", lang="en", sep="\n", title="Anse Boileau to get new health centre by end of year", date="2026-01-27", page="""
timestamp|Tuesday, 27 January 2026
lang-switch|English
lang-switch|Français
lang-switch|Kreol
epaper|E-Paper
subscribe|Subscribe
account|Login
menu|The Island Nation
menu|Seychelles' only daily newspaper
menu|Home
menu|Local
menu|National Assembly
menu|Business
menu|Sports
menu|Features
menu|Education
menu|Health
menu|Environment
menu|International
menu|Press Releases
menu|Notices
search|Search...
ticker|Exchange rates (CBS indicative): USD 14.18 - EUR 15.44 - GBP 17.90
ticker|Victoria 29°C Light showers - Wind NW 10 knots
breadcrumb|Home / Health
section-label|Health
h1|Anse Boileau to get new health centre by end of year
lead|Construction of the long-awaited facility is now 60 percent complete, Health Care Agency officials said during a site visit yesterday.
dateline|27 January 2026
byline|By Vanessa Laporte
views|Hits: 276
font|Font size: A A A
print|Print
share|Email
share|Share on Facebook
share|Share on X
caption|The new health centre at Anse Boileau under construction
credit|(Photo: Nation)
p|Residents of Anse Boileau and the neighbouring districts of Grand Anse Mahé and Baie Lazare will have access to a modern health centre before the end of 2026, the Health Care Agency (HCA) has announced.
p|The chief executive of the HCA, accompanied by the Principal Secretary for Health, the member of the National Assembly for Anse Boileau and the district administrator, visited the construction site yesterday morning to assess the progress of the works.
p|The project, which started in March last year, is now 60 percent complete. It is being built on the site of the old clinic, which had served the district since 1982 and had become too small for a population that has nearly doubled since then.
h2|More services closer to home
p|According to the HCA, the new centre will have a floor area of about 1,400 square metres, more than three times that of the old clinic. It will offer:
li|general outpatient consultations six days a week;
li|a dental clinic with two treatment chairs;
li|maternal and child health services, including antenatal care and immunisation;
li|a small pharmacy and a laboratory for basic tests;
li|a room for physiotherapy and a space for community health education.
p|"Many elderly people in this district have to take two buses to reach Victoria Hospital for services that we will now be able to provide here," the HCA chief executive said. "This is about bringing care closer to the people."
p|The Principal Secretary for Health noted that the Anse Boileau centre is part of a wider programme to upgrade district health facilities on Mahé, Praslin and La Digue, funded under the national budget. The total cost of the Anse Boileau project is estimated at SR 41 million.
ad|Advertisement
ad|Air Seychelles - Fly to Mumbai from SR 6,900 return. Book now on our website.
h2|Staffing a concern
p|The member of the National Assembly for Anse Boileau welcomed the progress but said residents were also concerned about whether the centre would have enough doctors and nurses when it opens.
p|"A beautiful building is not enough. The people want to know that when they come at seven o'clock in the morning, there will be a doctor to see them," he said.
p|In response, the HCA said that 14 nursing students currently completing their training at the University of Seychelles will be posted to district health centres this year, and that recruitment of additional medical officers from abroad is ongoing.
p|During the construction period, patients continue to be seen at a temporary clinic set up in the Anse Boileau community centre, open from 8am to 4pm on weekdays.
related|Related Articles
related|Nurses graduate from University of Seychelles (19 December 2025)
related|New dialysis unit opens at Praslin hospital (03 December 2025)
related|Health Care Agency launches mobile clinic for remote districts (14 November 2025)
most-read|Most Read
most-read|Cabinet approves new minimum wage from March
most-read|Heavy rain causes landslides in Mont Fleuri and Bel Air
most-read|Ten students awarded presidential scholarships
comments|0 Comments
comments|Comments are moderated. Please keep your comments respectful.
comments|Name
comments|Email
comments|Submit
epaper|Today's Paper
epaper|Read the e-paper edition of Tuesday 27 January 2026
notices|Notices
notices|Public notice: Water interruption at Anse Boileau on Thursday 29 January
notices|Vacancy: Registered Nurses - Health Care Agency
notices|In Memoriam: Mrs Rose-Marie Esparon of Takamaka
footer|The Island Nation is published by the National Information and Media Agency (NIMA)
footer|Information House, P.O. Box 800, Victoria, Mahé, Seychelles
footer|Tel: +248 4 28 93 00
footer|Email: editor@islandnation.sc
footer|About Us
footer|Advertise
footer|Contact Us
footer|Terms of Use
copyright|Copyright © 2026 The Island Nation. All Rights Reserved.
"""),
 dict(id="radio-tamazuj-style-1", site="radio-tamazuj-style", lang="en", sep="\n", title="Civil servants in Wau down tools over eight months of unpaid salaries", date="2026-01-14", page="""
skip-link|Skip to main content
lang-switch|English
lang-switch|عربي
menu|Radio Nhial
menu|Independent news for South Sudan and Sudan
listen|Listen live
menu|Home
menu|News
menu|Politics
menu|Security
menu|Humanitarian
menu|Economy
menu|Sports
menu|Opinion
menu|Programmes
menu|Multimedia
menu|About
search|Search
breaking|Breaking: SSPDF says it has retaken Ulang town in Upper Nile
section-label|News
h1|Civil servants in Wau down tools over eight months of unpaid salaries
dateline|WAU - 14 Jan 2026
share|Share this:
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|Email
caption|File photo: Civil servants queue outside a commercial bank in Wau town. (Radio Nhial)
listen|Listen to this story
listen|00:00 / 03:47
p|Civil servants in Western Bahr el Ghazal State on Tuesday began an open-ended strike over eight months of salary arrears, shutting down most government offices in Wau town.
p|Workers at the state ministries of education, health, agriculture and local government did not report for duty, and several public schools that were due to reopen for the new term remained closed.
p|The chairperson of the state chapter of the Workers' Trade Union, Peter Angelo Ukel, told Radio Nhial that employees had exhausted all other options before deciding to strike.
p|"We have written letters, we have met the governor, we have waited. Our children have been sent home from school because we cannot pay fees. A teacher cannot teach when he has not eaten," Ukel said.
p|"We will not go back to work until at least four months of the arrears are paid," he added.
related-inline|Related: Finance ministry promises to clear salary arrears by March
h2|Government blames oil revenue
p|South Sudan's economy relies almost entirely on oil exports, which were severely disrupted after the pipeline through Sudan was damaged during the war between the Sudanese army and the Rapid Support Forces. Although exports partially resumed last year, the government has struggled to pay public sector wages on time.
p|Western Bahr el Ghazal's minister of information, Rose Abuk Garang, acknowledged the delays but said the state government had no control over the payment of salaries, which come from the national treasury in Juba.
p|"We understand the suffering of our civil servants. The state government has raised this matter several times with the national ministry of finance and we have been assured that funds will be released soon," she told Radio Nhial by phone.
p|She appealed to teachers and health workers to return to work "in the interest of the public," saying the strike would mostly hurt ordinary citizens.
h2|Hospital affected
p|At Wau Teaching Hospital, only emergency services were running on Tuesday, according to a nurse who asked not to be named for fear of reprisals.
p|"The doctors on contract with NGOs are working, but the government staff are at home. Patients in the wards are being looked after by their relatives," the nurse said.
p|A resident of Jebel Kheir neighbourhood, Mary Achol, said she was turned away from a primary health care centre where she had taken her sick child.
p|"They told us to come back when the strike ends. Where will I get money for a private clinic?" she said.
p|Civil servants in several other states, including Lakes and Northern Bahr el Ghazal, have staged similar strikes in recent months. In October, the national government announced a salary increase for public employees, but workers say the raise has little meaning as long as salaries are not paid.
tags|Tags:
tags|Wau
tags|Western Bahr el Ghazal
tags|Salaries
tags|Civil servants
tags|Strike
whatsapp|Get the latest news from Radio Nhial on WhatsApp. Join our channel
related|Related news
related|Finance ministry promises to clear salary arrears by March
related|13 Jan 2026
related|Teachers in Rumbek threaten strike over unpaid wages
related|29 Dec 2025
related|Oil exports through Port Sudan resume after three-month halt
related|11 Dec 2025
teaser-list|Latest news
teaser-list|Aweil: Cholera cases rise to 214, health ministry says
teaser-list|2 hours ago
teaser-list|Kiir appoints new governor for Jonglei State
teaser-list|5 hours ago
teaser-list|Refugees from Sudan's Blue Nile arrive in Maban
teaser-list|7 hours ago
teaser-list|South Sudan Bright Stars draw with Uganda in CHAN qualifier
teaser-list|Yesterday
schedule|Radio Nhial on air
schedule|Morning bulletin in Juba Arabic and English: 06:30 - 07:30 Juba time on shortwave 15.550 MHz
schedule|Evening programme: 19:00 - 20:00 Juba time on shortwave 11.650 MHz and on partner FM stations
schedule|Listen to past programmes
newsletter|Subscribe to our daily newsletter
newsletter|Your email
newsletter|Subscribe
footer|Radio Nhial is an independent media organisation providing news and information for audiences in South Sudan and Sudan.
footer|About us
footer|Contact
footer|Frequencies
footer|Editorial policy
footer|Privacy policy
footer|Facebook
footer|X
footer|YouTube
footer|SoundCloud
copyright|© 2026 Radio Nhial. All rights reserved.
"""),
 dict(id="radio-tamazuj-style-2", site="radio-tamazuj-style", lang="en", sep="\n", title="Flood-displaced families in Ayod appeal for food as river levels stay high", date="2025-11-20", page="""
skip-link|Skip to main content
lang-switch|English
lang-switch|عربي
menu|Radio Nhial
menu|Independent news for South Sudan and Sudan
listen|Listen live
menu|Home
menu|News
menu|Politics
menu|Security
menu|Humanitarian
menu|Economy
menu|Sports
menu|Opinion
menu|Programmes
menu|Multimedia
menu|About
search|Search
section-label|Humanitarian
h1|Flood-displaced families in Ayod appeal for food as river levels stay high
dateline|AYOD - 20 Nov 2025
byline|By Gatluak Ruei Thok
share|Share this:
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|Email
caption|Displaced families shelter on a raised road near Ayod town, Jonglei State, in November 2025. (Photo: Radio Nhial/Gatluak Ruei)
p|Thousands of families displaced by floods in Jonglei State's Ayod County say they have received no food assistance for more than a month and are surviving on water lilies and fish.
p|Heavy rains and the overflow of the Nile and its tributaries have submerged large parts of Ayod, Fangak and Canal/Pigi counties since August. Many families have moved to the few raised areas, including dykes and the road leading to Ayod town.
p|Nyakuoth Gatwech, a mother of six living on a dyke near Pathai, told Radio Nhial that her family lost its crops and most of its cattle to the water.
p|"We have nothing left. The children eat water lilies we collect from the swamp. Some days we eat only once," she said. "We are asking the government and the organisations to remember us."
ad|Advertisement
h2|Local officials: 40,000 affected
p|Ayod County Commissioner Both Chuol Dak said about 40,000 people had been affected by the floods in the county, and that at least 11 people, most of them children, had drowned since the beginning of the rainy season.
p|"The roads are cut and the only way to reach many areas is by canoe or by air. We have informed the state government and the humanitarian partners of the situation," he said.
p|The commissioner listed the most urgent needs of the displaced as:
li|food, especially sorghum and cooking oil;
li|mosquito nets and plastic sheeting for shelter;
li|clean drinking water and water purification tablets;
li|medicine for malaria and diarrhoea, which are spreading in the camps.
h2|Aid agencies cite access problems
p|A humanitarian official in Bor, who spoke on condition of anonymity because he was not authorised to speak to the media, said aid agencies were aware of the situation in Ayod but faced serious access and funding constraints.
p|"Airdrops are very expensive, and this year's funding for the response is much lower than last year. We are prioritising the most vulnerable locations, but the needs are bigger than what we can cover," he said.
p|The United Nations has warned that South Sudan is facing one of its worst humanitarian situations in years, as floods, fighting and the arrival of refugees and returnees fleeing the war in Sudan stretch limited resources.
p|Jonglei State's minister of humanitarian affairs could not be reached for comment.
p|Residents say river levels have started to drop slightly in recent days, but warn that many will not be able to return to their villages before the next rainy season.
signature|Additional reporting by Nyibol Deng in Bor.
tags|Tags:
tags|Ayod
tags|Jonglei State
tags|Floods
tags|Humanitarian
whatsapp|Get the latest news from Radio Nhial on WhatsApp. Join our channel
programme|Listen: Our weekly humanitarian programme "Voices from the Camps" - Episode 37: Life on the dykes
programme|Play
programme|24:16
related|Related news
related|Floods displace over 300,000 people across South Sudan, says OCHA
related|14 Nov 2025
related|Fangak: Boat capsizes carrying displaced families, six missing
related|06 Nov 2025
related|Bor-Juba road cut by floodwaters for third week
related|30 Oct 2025
teaser-list|Latest news
teaser-list|Upper Nile: Fighting reported near Nasir as SPLA-IO claims capture of barracks
teaser-list|1 hour ago
teaser-list|Parliament passes 2025/26 budget after months of delay
teaser-list|4 hours ago
teaser-list|Sudan: RSF drone strike hits market in El Obeid
teaser-list|6 hours ago
teaser-list|Ayod: Flood-displaced families appeal for food
teaser-list|8 hours ago
comments|Comment policy: Radio Nhial welcomes comments that are relevant and respectful. Comments containing hate speech will be removed.
comments|0 comments
comments|Write a comment...
schedule|Radio Nhial on air
schedule|Morning bulletin in Juba Arabic and English: 06:30 - 07:30 Juba time on shortwave 15.550 MHz
schedule|Evening programme: 19:00 - 20:00 Juba time on shortwave 11.650 MHz and on partner FM stations
schedule|Listen to past programmes
newsletter|Subscribe to our daily newsletter
newsletter|Your email
newsletter|Subscribe
footer|Radio Nhial is an independent media organisation providing news and information for audiences in South Sudan and Sudan.
footer|About us
footer|Contact
footer|Frequencies
footer|Editorial policy
footer|Privacy policy
footer|Facebook
footer|X
footer|YouTube
footer|SoundCloud
copyright|© 2026 Radio Nhial. All rights reserved.
"""),
 dict(id="the-point-gm-style-1", site="the-point-gm-style", lang="en", sep="\n", title="URR farmers decry delayed payment for groundnuts sold to cooperatives", date="2026-02-12", page="""
timestamp|Thursday, February 12, 2026
account|Login
account|Register
menu|The Beacon
menu|Gambia's independent daily since 1994
ad|ADVERTISEMENT
ad|Kairaba Telecom - Get 10GB for D250. Dial *150# now!
menu|Home
menu|Headlines
menu|National News
menu|Politics
menu|Business
menu|Sports
menu|Editorial
menu|Opinion
menu|Letters
menu|Features
menu|Diaspora
menu|Africa
menu|Obituaries
search|Search
breaking|Breaking News
breaking|IEC extends voter registration in West Coast Region by one week
breaking|Scorpions to face Sierra Leone in friendly on March 24
breadcrumb|Home » Headlines » URR farmers decry delayed payment for groundnuts sold to cooperatives
section-label|Headlines
h1|URR farmers decry delayed payment for groundnuts sold to cooperatives
byline|By Lamin Sanyang in Basse
dateline|Feb 12, 2026, 10:38 AM
views|Article Viewed 1,214 Times
share|Share on Facebook
share|Tweet
share|WhatsApp
caption|Some of the farmers at Sabi village in Basse District
p|Groundnut farmers in the Upper River Region (URR) have expressed frustration over the delay in the payment for nuts they sold to cooperative societies during the current trade season, saying the situation is causing serious hardship in their communities.
p|The farmers, who spoke to this reporter in Sabi, Fatoto and Koina, said they delivered their produce to cooperative buying points as far back as December 2025 but have yet to receive their money, more than eight weeks later.
p|Alhagie Ebrima Jallow, a farmer in Sabi, said he sold 47 bags of groundnuts to his village cooperative and was given only a receipt.
p|"Since December we are waiting. We were told the money will come next week, next week, but nothing. We have family to feed, we have to pay school fees and buy fertiliser for the coming season," he lamented.
p|Another farmer, Mariama Sowe of Koina, said many women farmers were forced to borrow money from traders at high interest to meet their daily needs.
p|"Some of us have sold our goats just to buy rice. If they knew they could not pay, they should have told us so that we sell to the private buyers," she said.
ad|ADVERTISEMENT
ad|Guaranty Trust Savings - Save for your child's future. Open an account today.
h2|Cooperatives blame delayed funds
p|When contacted, an official of one of the cooperative unions in the region, who preferred anonymity, confirmed the delay but attributed it to the late release of funds from the financing institution.
p|"The cooperatives are not keeping the money. We also are waiting. As soon as the funds are released, the farmers will be paid in full," the official assured.
p|This year, the government set the farm gate price at D30,000 per tonne, and encouraged farmers to sell their produce to registered cooperatives and licensed buyers to avoid exploitation by unlicensed traders, including buyers from neighbouring Senegal.
h2|Ministry reacts
p|The Permanent Secretary at the Ministry of Agriculture, Livestock and Food Security, in a phone interview with The Beacon, said the ministry is aware of the concerns of the farmers and is working with the Ministry of Finance to ensure payment is effected "in the shortest possible time."
p|"We want to assure our farmers that they will be paid every butut for their produce. We appeal to them to be patient," he said.
p|He added that a team from the ministry would visit the region next week to verify the records of the cooperatives.
p|Meanwhile, the National Assembly Member for Basse, Hon. Muhammed Krubally, called on the government to prioritise the farmers, noting that groundnut remains the main source of income for the majority of rural households in the region.
p|"Our farmers are the backbone of this economy. It is unacceptable that they should wait two months to be paid for their sweat," he said.
share|Share on Facebook
share|Tweet
share|WhatsApp
related|Read Other Articles In Headlines
teaser-list|GRA collects D14.2 billion in 2025, surpasses target
teaser-list|Feb 12, 2026, 10:12 AM
teaser-list|Brikama residents protest over long power cuts
teaser-list|Feb 12, 2026, 9:55 AM
teaser-list|Gov't to recruit 1,500 teachers for upcountry schools
teaser-list|Feb 11, 2026, 12:20 PM
teaser-list|KMC launches clean-up exercise ahead of Independence Day
teaser-list|Feb 11, 2026, 11:48 AM
comments|Comments
comments|There are no comments yet. Be the first to comment.
comments|Your name
comments|Your comment
comments|Post Comment
ad|ADVERTISEMENT
ad|Subscribe to The Beacon e-paper - D2,500 a year. Delivered to your inbox every morning.
most-read|Most Popular
most-read|Two remanded over alleged land fraud in Sukuta
most-read|Scorpions coach names provisional squad
most-read|Editorial: Our roads need maintenance, not ribbon-cutting
notices|Obituary
notices|Death announcement: Pa Modou Njie of Bakau New Town
footer|The Beacon
footer|Bakau Newtown, Kanifing Municipality, The Gambia
footer|Tel: +220 449 0000
footer|About Us
footer|Advertise With Us
footer|Contact Us
footer|Privacy Policy
copyright|Copyright © 2026 The Beacon Newspaper. All Rights Reserved.
footer|Website designed by Kotu Digital
"""),
 dict(id="the-point-gm-style-2", site="the-point-gm-style", lang="en", sep="\n", title="Ex-GRA officer's fraud trial: second prosecution witness testifies", date="2026-03-03", page="""
timestamp|Tuesday, March 3, 2026
account|Login
account|Register
menu|The Beacon
menu|Gambia's independent daily since 1994
ad|ADVERTISEMENT
ad|Kairaba Telecom - Get 10GB for D250. Dial *150# now!
menu|Home
menu|Headlines
menu|National News
menu|Politics
menu|Business
menu|Sports
menu|Editorial
menu|Opinion
menu|Letters
menu|Features
menu|Diaspora
menu|Africa
menu|Obituaries
search|Search
breaking|Breaking News
breaking|Cabinet approves draft Access to Information regulations
breaking|NAWEC announces 48-hour outage in parts of Kanifing
breadcrumb|Home » National News » Ex-GRA officer's fraud trial: second prosecution witness testifies
section-label|National News
h1|Ex-GRA officer's fraud trial: second prosecution witness testifies
byline|By Fatoumatta K. Ceesay
dateline|Mar 3, 2026, 11:05 AM
views|Article Viewed 842 Times
share|Share on Facebook
share|Tweet
share|WhatsApp
p|The trial of Ousman Bojang, a former revenue officer at the Gambia Revenue Authority (GRA), continued yesterday before Principal Magistrate Isatou Mbye at the Kanifing Magistrates' Court, with the second prosecution witness testifying.
p|Bojang is standing trial on four counts, including conspiracy to commit felony, stealing by servant, forgery and uttering false documents. He pleaded not guilty to all the charges and is currently on bail.
p|The prosecution alleges that between March and November 2024, at the GRA office in Kanifing, the accused, in his capacity as a revenue officer, issued false tax clearance certificates and diverted the sum of D2,870,000, property of the GRA, to his own use.
p|Testifying yesterday, the witness, Lamin K. Darboe, told the court that he lives in Brusubi and works as an internal auditor at the GRA.
p|He said that in December 2024, he was assigned by his supervisor to audit payments received at the Kanifing office, following a complaint by a taxpayer who could not find his payment on the system.
p|"During the audit, I discovered that some receipts issued to taxpayers did not match the records in the system. The amounts on the receipts were higher than what was recorded," he told the court.
p|The witness said he compiled a report of his findings and submitted it to management, after which the matter was referred to the police.
p|Asked by the prosecutor, Police Inspector Ebrima Touray, whether he knew the accused, the witness answered in the affirmative, saying they worked in the same office for about three years.
p|The prosecutor then applied to tender the audit report in evidence. The defence counsel, Lawyer Aji Fatou Jobe, did not object, and the document was admitted and marked as exhibit P3.
ad|ADVERTISEMENT
ad|Guaranty Trust Savings - Save for your child's future. Open an account today.
h2|Cross-examination
p|Under cross-examination, the defence counsel asked the witness whether other staff had access to the computer used to issue receipts at the Kanifing office.
p|"Yes, other officers could use the system, but each officer has his own login," the witness replied.
p|Counsel further put it to the witness that the login of the accused could have been used by another person without his knowledge.
p|"I cannot say that. What I know is that the transactions were done under his user name," the witness said.
p|When asked whether his audit had established that the accused personally received any money, the witness said that was not part of his assignment, adding that the investigation was handled by the police.
p|The case was adjourned till 17 March 2026 for continuation of cross-examination.
author-link|More stories by Fatoumatta K. Ceesay
share|Share on Facebook
share|Tweet
share|WhatsApp
related|Read Other Articles In National News
teaser-list|Court remands two over alleged land fraud in Sukuta
teaser-list|Mar 3, 2026, 10:40 AM
teaser-list|Gov't, EU sign €12m agreement on youth employment
teaser-list|Mar 3, 2026, 10:02 AM
teaser-list|Police arrest 17 in Serekunda drug swoop
teaser-list|Mar 2, 2026, 1:15 PM
comments|Comments
comments|There are no comments yet. Be the first to comment.
comments|Your name
comments|Your comment
comments|Post Comment
ad|ADVERTISEMENT
ad|Subscribe to The Beacon e-paper - D2,500 a year. Delivered to your inbox every morning.
most-read|Most Popular
most-read|IEC publishes provisional voters' list for 2026 presidential election
most-read|Editorial: The courts must not become a revolving door
most-read|Real de Banjul stun GFA League leaders
notices|Obituary
notices|Death announcement: Mrs Fatou Jatta of Brikama Nyambai
footer|The Beacon
footer|Bakau Newtown, Kanifing Municipality, The Gambia
footer|Tel: +220 449 0000
footer|About Us
footer|Advertise With Us
footer|Contact Us
footer|Privacy Policy
copyright|Copyright © 2026 The Beacon Newspaper. All Rights Reserved.
footer|Website designed by Kotu Digital
"""),
]
