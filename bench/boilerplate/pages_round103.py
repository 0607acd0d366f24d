# Round 103: eight pages on four more layouts (a French Sunday paper's site, a British daily's Australian edition, a
# Burkinabè state daily, a Philippine news site), written blind: without looking at the classifier, its rules or the
# benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND103 = [
 dict(id="le-journal-du-dimanche-style-1", site="le-journal-du-dimanche-style", lang="fr", sep="\n", title="Sondage : à une semaine des municipales, la sécurité passe devant le pouvoir d'achat", date="2026-03-08", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
cookie|Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.
cookie|Paramétrer
cookie|Continuer sans accepter →
cookie|Accepter et fermer
menu|Le Courrier du Dimanche
timestamp|Dimanche 8 mars 2026
menu|Menu
search|Rechercher
account|Se connecter
subscribe|S'abonner 1€ le premier mois
menu|Politique
menu|Société
menu|International
menu|Économie
menu|Culture
menu|Sport
menu|Opinions
menu|Magazine
menu|Le journal en kiosque
breaking|DIRECT
breaking|Municipales 2026 : suivez la campagne en continu
breadcrumb|Accueil › Politique › Municipales 2026
section-label|POLITIQUE
section-label|EXCLUSIF
h1|Sondage : à une semaine des municipales, la sécurité passe devant le pouvoir d'achat
lead|Selon notre enquête Opinia pour Le Courrier du Dimanche, 47 % des Français citent la sécurité comme l'enjeu qui pèsera le plus sur leur vote le 15 mars. Un renversement par rapport à 2020, quand l'environnement dominait.
byline|Par Louis-Marie Berthier
dateline|Le 08/03/2026 à 06h00
dateline|Modifié le 08/03/2026 à 10h27
reading-time|Temps de lecture : 4 min
share|Partager
share|Copier le lien
share|Facebook X LinkedIn WhatsApp E-mail
save|Enregistrer
comments|💬 58
caption|Un bureau de vote à Nantes lors du premier tour des élections européennes de 2024.
credit|© Loïc Venance / ABACAPRESS
p|C'est un chiffre qui devrait faire réfléchir les candidats. À une semaine du premier tour des élections municipales, la sécurité arrive en tête des préoccupations des Français, selon le sondage réalisé par l'institut Opinia pour Le Courrier du Dimanche. 47 % des personnes interrogées la citent parmi les deux sujets qui compteront le plus au moment de glisser leur bulletin dans l'urne, devant le pouvoir d'achat et la fiscalité locale (41 %) et la santé de proximité (33 %).
p|L'environnement, qui avait porté la vague verte de 2020 dans plusieurs grandes villes, recule à la quatrième place avec 24 %. « Le paysage a profondément changé en six ans », observe Mathilde Rouvier, directrice du département opinion de l'institut. « La demande de protection s'est élargie : elle ne concerne plus seulement les grandes métropoles, elle touche aussi les villes moyennes et les bourgs. »
h2|Les villes moyennes en première ligne
p|C'est d'ailleurs dans les communes de 10 000 à 50 000 habitants que la préoccupation est la plus forte : 54 % des habitants de ces villes placent la sécurité en tête, contre 43 % dans l'agglomération parisienne. Les trafics de stupéfiants, les rodéos urbains et les incivilités du quotidien sont les trois phénomènes les plus souvent cités.
read-also|À lire aussi
read-also|Municipales : dans l'Allier, le maire sortant fait campagne sur la police municipale
p|Les attentes vis-à-vis des maires sont précises. Interrogés sur les mesures qu'ils jugent prioritaires, les sondés plébiscitent :
li|le renforcement des effectifs de police municipale (68 %) ;
li|l'extension de la vidéoprotection dans les quartiers sensibles (61 %) ;
li|l'armement des policiers municipaux (52 %) ;
li|un couvre-feu pour les mineurs non accompagnés la nuit, dans certains secteurs (49 %).
ad|Publicité
ad|La suite après cette publicité
h2|Une fracture générationnelle
p|Le sondage révèle aussi un net clivage selon l'âge. Chez les plus de 65 ans, 58 % placent la sécurité au premier rang. Chez les 18-24 ans, c'est le logement qui domine (39 %), la sécurité n'arrivant qu'en troisième position.
p|Autre enseignement : la participation s'annonce en hausse par rapport au scrutin de 2020, marqué par la crise sanitaire. 61 % des inscrits se disent certains d'aller voter, un niveau comparable à celui de 2014.
p|Pour les états-majors parisiens, ces résultats confirment une tendance déjà perceptible sur le terrain. « On ne fait plus une réunion publique sans que la question de la tranquillité publique ne vienne dans les cinq premières minutes », confie un cadre d'un parti de gouvernement, qui soutient une vingtaine de listes dans le Grand Est.
p|Reste à savoir si cette préoccupation se traduira dans les urnes au profit des maires sortants, souvent jugés sur leur bilan, ou des listes d'opposition qui en ont fait leur principal argument.
h2|Méthodologie
p|Enquête réalisée en ligne du 3 au 5 mars 2026 auprès d'un échantillon de 1 512 personnes, représentatif de la population française âgée de 18 ans et plus, selon la méthode des quotas. Marge d'erreur comprise entre 1,4 et 3,1 points.
google-news|Suivez Le Courrier du Dimanche sur Google Actualités
tags|Sujets associés
tags|Municipales 2026
tags|Sondage
tags|Sécurité
tags|Élections
epaper|Le journal de ce dimanche
epaper|Retrouvez l'intégralité de notre dossier municipales dans l'édition du 8 mars
epaper|Lire le journal
comments|Commentaires (58)
comments|Réagir à cet article
comments|Les commentaires sont réservés aux abonnés. Je m'abonne
sponsored|Contenus sponsorisés
sponsored|Recommandé par Outbrain
sponsored|Cette astuce de pharmacien fait fondre la facture de chauffage
sponsored|Maison Confort
sponsored|Les retraités de plus de 60 ans peuvent désormais profiter de cette mutuelle
sponsored|Santé Mag
teaser-list|Dernières infos
teaser-list|10:14
teaser-list|Réforme des retraites : le gouvernement promet un texte « avant l'été »
teaser-list|09:52
teaser-list|Rugby : le XV de France tient tête à l'Irlande au Stade de France
teaser-list|09:31
teaser-list|Neige : cinq départements en vigilance orange dans les Alpes
teaser-list|Voir toutes les infos
most-read|Les plus lus
most-read|1 Retraites : ce que prévoit le projet de loi ligne par ligne
most-read|2 Narcotrafic : la nouvelle carte des points de deal en France
most-read|3 Exclusif. Les confidences d'un préfet avant son départ
newsletter|Newsletter Le Courrier du Dimanche
newsletter|Chaque dimanche matin, le meilleur de notre édition dans votre boîte mail
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
app|Téléchargez l'application Le Courrier du Dimanche
app|Disponible sur l'App Store
app|Disponible sur Google Play
footer|Le Courrier du Dimanche
footer|Qui sommes-nous
footer|Contact
footer|Publicité
footer|Mentions légales
footer|CGU
footer|Politique de confidentialité
footer|Gestion des cookies
footer|Plan du site
copyright|© Le Courrier du Dimanche 2026 - Tous droits réservés
"""),
 dict(id="le-journal-du-dimanche-style-2", site="le-journal-du-dimanche-style", lang="fr", sep="\n", title="Hélène Marchetti : « Dans nos campagnes, voir un médecin est devenu un luxe »", date="2026-05-24", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
menu|Le Courrier du Dimanche
timestamp|Dimanche 24 mai 2026
menu|Menu
search|Rechercher
account|Se connecter
subscribe|S'abonner 1€ le premier mois
menu|Politique
menu|Société
menu|International
menu|Économie
menu|Culture
menu|Sport
menu|Opinions
menu|Magazine
menu|Le journal en kiosque
breadcrumb|Accueil › Société › Santé
section-label|SOCIÉTÉ
section-label|ENTRETIEN
paywall|Abonnés
h1|Hélène Marchetti : « Dans nos campagnes, voir un médecin est devenu un luxe »
lead|La présidente de l'Association des maires des petites communes réclame une obligation d'installation temporaire pour les jeunes médecins. Elle dénonce une « France à deux vitesses » face à l'accès aux soins.
byline|Propos recueillis par Anne-Sophie Delorme
dateline|Le 24/05/2026 à 07h30
reading-time|Temps de lecture : 5 min
share|Partager
share|Copier le lien
share|Facebook X LinkedIn WhatsApp E-mail
save|Enregistrer
comments|💬 112
listen|▶ Écouter cet article
listen|Lecture audio générée automatiquement - 6 min
caption|Hélène Marchetti, maire de Saint-Aubin-des-Landes (Mayenne), dans sa mairie le 20 mai.
credit|© Romain Lesueur pour Le Courrier du Dimanche
h2|Le Courrier du Dimanche. Vous dites que les maires ruraux sont « à bout ». Pourquoi maintenant ?
p|Hélène Marchetti. Parce que la situation s'est brutalement dégradée depuis deux ans. Dans mon canton, trois médecins généralistes sont partis à la retraite depuis 2024. Aucun n'a été remplacé. Aujourd'hui, un habitant sur quatre n'a plus de médecin traitant. Les personnes âgées font quarante kilomètres pour un renouvellement d'ordonnance. Les maires reçoivent ces gens dans leur bureau, ils pleurent parfois. Nous ne sommes pas médecins, nous ne pouvons rien leur offrir.
h2|Les communes ont pourtant multiplié les maisons de santé…
p|Oui, et nous avons eu raison. Mais une maison de santé sans médecin, c'est un bâtiment vide. J'en connais plusieurs, financées à grands frais par les communautés de communes, où seuls un kinésithérapeute et une infirmière sont installés. Certaines communes en viennent à se faire concurrence, à coups de logements gratuits ou de primes à l'installation. C'est une surenchère absurde, qui déshabille un village pour en habiller un autre.
read-also|À lire aussi
read-also|Déserts médicaux : le plan du gouvernement jugé « très insuffisant » par les élus locaux
h2|Que demandez-vous concrètement ?
p|Nous demandons trois choses simples :
li|que chaque jeune médecin, à la fin de ses études, exerce deux ans dans une zone sous-dotée ;
li|que les consultations avancées de spécialistes soient rendues obligatoires dans chaque sous-préfecture ;
li|que l'État prenne enfin en charge le coût des maisons de santé, au lieu de le laisser aux communes.
p|Ce n'est pas une punition. Les enseignants, les policiers, les gendarmes sont affectés là où l'on a besoin d'eux. Pourquoi la médecine, dont les études sont largement payées par la collectivité, serait-elle la seule exception ?
ad|Publicité
ad|La suite après cette publicité
h2|Les syndicats de médecins refusent toute forme de contrainte…
p|Je les entends, et je respecte leur métier. Mais la liberté d'installation a été conçue à une époque où il y avait des médecins partout. Elle a produit ce que nous voyons aujourd'hui : des quartiers de grandes villes très bien pourvus et des cantons entiers abandonnés. Je dis aux jeunes praticiens : venez voir comment on vit chez nous. Beaucoup de ceux qui viennent en stage ne veulent plus repartir.
h2|Craignez-vous que ce sujet pèse sur les prochaines élections ?
p|Il pèse déjà. Lors des municipales de mars, c'était la première question posée dans toutes les réunions publiques, avant même la sécurité. Les gens ont le sentiment qu'on leur retire, un à un, les services qui font qu'un territoire est vivant : la poste, l'école, la gare, et maintenant le médecin. Si l'on ne répond pas à cette colère, elle s'exprimera autrement.
p|Hélène Marchetti. Nous ne demandons pas de privilèges. Nous demandons simplement que l'égalité inscrite au fronton de nos mairies ait encore un sens à trente kilomètres d'une préfecture.
paywall|Cet article vous est offert par Le Courrier du Dimanche. Pour lire tous nos articles, abonnez-vous.
subscribe|Je m'abonne
google-news|Suivez Le Courrier du Dimanche sur Google Actualités
tags|Sujets associés
tags|Santé
tags|Déserts médicaux
tags|Ruralité
tags|Maires
epaper|Le journal de ce dimanche
epaper|Au sommaire du 24 mai : notre enquête sur l'hôpital public
epaper|Lire le journal
comments|Commentaires (112)
comments|Réagir à cet article
comments|Les commentaires sont réservés aux abonnés. Je m'abonne
related|Sur le même sujet
related|Pharmacies rurales : une fermeture tous les deux jours en France
related|Internes en médecine : la quatrième année en zone rurale fait toujours débat
related|Dans le Cantal, un village recrute son médecin par petite annonce
teaser-list|Dernières infos
teaser-list|11:02
teaser-list|Roland-Garros : le tirage au sort réserve un premier tour piège aux Français
teaser-list|10:40
teaser-list|Orages : la Dordogne et le Lot placés en vigilance jaune
teaser-list|Voir toutes les infos
most-read|Les plus lus
most-read|1 Retraites : les députés adoptent l'article clé du projet de loi
teaser-list|2 Hélène Marchetti : « Dans nos campagnes, voir un médecin est devenu un luxe »
most-read|3 Pentecôte : les prévisions de Bison futé pour le week-end
newsletter|Newsletter Le Courrier du Dimanche
newsletter|Chaque dimanche matin, le meilleur de notre édition dans votre boîte mail
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
footer|Le Courrier du Dimanche
footer|Qui sommes-nous
footer|Contact
footer|Publicité
footer|Mentions légales
footer|CGU
footer|Politique de confidentialité
footer|Gestion des cookies
footer|Plan du site
copyright|© Le Courrier du Dimanche 2026 - Tous droits réservés
"""),
 dict(id="the-guardian-australia-style-1", site="the-guardian-australia-style", lang="en", sep="\n", title="Southern Great Barrier Reef hit by severe bleaching for third time in five years, survey finds", date="2026-03-19", page="""
skip-link|Skip to main contentSkip to navigation
age-warning|This article is more than 8 months old
donate|Support the Meridian
donate|Fund independent journalism with $15 per month
donate|Support us
subscribe|Print subscriptions
account|Sign in
jobs|Search jobs
search|Search
lang-switch|AU edition
lang-switch|UK edition
lang-switch|US edition
lang-switch|Europe edition
lang-switch|International edition
menu|The Meridian - Back to home
menu|News
menu|Opinion
menu|Sport
menu|Culture
menu|Lifestyle
menu|Show moreHide expanded menu
menu|Australia
menu|World
menu|AU politics
menu|Environment
menu|Climate crisis
menu|Indigenous Australia
menu|Immigration
menu|Media
menu|Business
menu|Science
menu|Tech
menu|Podcasts
section-label|Great Barrier Reef
h1|Southern Great Barrier Reef hit by severe bleaching for third time in five years, survey finds
lead|Aerial surveys show more than two-thirds of reefs between Mackay and Gladstone affected, with scientists warning recovery windows are closing
alt-text|Aerial view of bleached coral on a reef off the central Queensland coast
gallery|View image in fullscreen
caption|Aerial surveys found bleaching across reefs in the Capricorn Bunker group and the Swain Reefs. Photograph: Toby Hale/Reef Research Institute
byline|Oliver Pemberton
byline|Environment reporter
dateline|Thu 19 Mar 2026 05.00 AEDT
dateline|Last modified on Thu 19 Mar 2026 11.42 AEDT
share|Share
p|The southern Great Barrier Reef has suffered severe coral bleaching for the third time in five years, according to aerial surveys that scientists say show the reef's ability to recover between heatwaves is running out.
p|Researchers flew over 312 reefs between Mackay and Gladstone in late February and early March, after weeks of sea surface temperatures between 1C and 2C above the summer average. More than two-thirds of the reefs showed bleaching on more than 30% of their coral cover, and about one in five were classed as extreme.
newsletter|Sign up for climate and environment reporter Oliver Pemberton's free Clear Water newsletter here
p|"We used to talk about the south as the part of the reef that had been spared," said Dr Naomi Fielding, a coral ecologist who led the surveys. "That is no longer true. We are seeing the same corals bleach again before they have had a chance to recover from the last event."
related|Related: 'It's like watching a forest burn in slow motion': divers record damage on Heron Island reef
p|Bleaching happens when heat-stressed corals expel the algae that live in their tissue and give them most of their food and colour. Corals can recover if temperatures fall quickly, but prolonged heat can kill them.
p|Fielding said it was too early to know how much coral would die. In-water surveys planned for April and May would give a clearer picture of mortality, particularly among the fast-growing branching and plate corals that dominate the southern reefs.
newsletter|skip past newsletter promotion
newsletter|Sign up to Morning Mail
newsletter|Free daily newsletter
newsletter|Our Australian morning briefing email breaks down the key national and international stories of the day and why they matter
newsletter|Enter your email address
newsletter|Sign up
newsletter|Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. If you do not have an account, we will create a guest account for you on meridian.com.au to send you this newsletter. You can complete full registration at any time.
newsletter|after newsletter promotion
h2|'Not a single reef untouched'
p|The Great Barrier Reef Marine Park Authority confirmed last week that a mass bleaching event was under way, the seventh across the reef system since 1998. Its reef snapshot found bleaching had also been recorded in the northern and central sections, although at lower levels than in the south.
p|A spokesperson for the federal environment minister, Rhys Calloway, said the government had committed more than $1.2bn to reef protection, including work on water quality and crown-of-thorns starfish control.
p|"The single biggest threat to the reef is climate change, and that is why we are getting on with the job of cutting emissions," the spokesperson said.
p|Conservation groups said the findings should weigh on the government's decisions on new fossil fuel projects, including two coal mine extensions in central Queensland awaiting approval.
p|"You cannot say you are protecting the reef and keep approving the projects that are cooking it," said Jess Marriner, a campaigner with the Australian Marine Alliance.
p|The tourism industry, worth about $6bn a year to the Queensland economy, urged visitors not to cancel trips. Operators in the Whitsundays, further north, said many of their sites had so far been only lightly affected.
epic|I hope you appreciated this article. Before you move on, I wanted to ask if you would consider supporting the Meridian's journalism as we enter another year in which the climate crisis is reshaping lives across Australia.
epic|We are editorially independent, meaning we set our own agenda. Our journalism is free from commercial bias and not influenced by billionaire owners, politicians or shareholders.
epic|Support the Meridian with a small monthly contribution today.
epic|Article count: you've read 37 articles in the last year
donate|Support $15/monthly
donate|Continue
donate|Remind me in May
donate|Accepted payment methods: Visa, Mastercard, American Express and PayPal
tags|Explore more on these topics
tags|Great Barrier Reef
tags|Coral
tags|Climate crisis
tags|Queensland
tags|Oceans
tags|news
share|Reuse this content
comments|Comments (184)
comments|Sign in or create your Meridian account to join the discussion
comments|This discussion is closed for comments
most-read|Most viewed
most-read|Reserve Bank leaves cash rate on hold as inflation edges back towards target
most-read|Live NSW floods: evacuation orders issued for parts of the Hunter as river peaks
most-read|'I gave up my car and my life got better': readers on going car-free in the suburbs
teaser-list|Southern Great Barrier Reef hit by severe bleaching for third time in five years, survey finds
teaser-list|More from Environment
teaser-list|Threatened species
teaser-list|Koala numbers fall by a third in NSW hinterland after fires and land clearing
teaser-list|2h ago
teaser-list|Plastic bag ban: how Australia's states compare a decade on
teaser-list|5h ago
footer|Original reporting and incisive analysis, direct from the Meridian every morning
footer|Sign up for our email
footer|About us
footer|Information
footer|Complaints & corrections
footer|SecureDrop
footer|Work for us
footer|Privacy policy
footer|Cookie policy
footer|Terms & conditions
footer|Help
footer|All topics
footer|All writers
footer|Modern Slavery Act
footer|Contact us
footer|Advertise with us
footer|Facebook
footer|Instagram
footer|YouTube
footer|Newsletters
back-to-top|Back to top
copyright|© 2026 Meridian News & Media Limited or its affiliated companies. All rights reserved. (dcr)
"""),
 dict(id="the-guardian-australia-style-2", site="the-guardian-australia-style", lang="en", sep="\n", title="Regional rents rise faster than capital cities for fourth straight year, report finds", date="2026-01-22", page="""
skip-link|Skip to main contentSkip to navigation
age-warning|This article is more than 10 months old
donate|Support the Meridian
donate|Fund independent journalism with $15 per month
donate|Support us
subscribe|Print subscriptions
account|Sign in
jobs|Search jobs
search|Search
lang-switch|AU edition
lang-switch|UK edition
lang-switch|US edition
lang-switch|Europe edition
lang-switch|International edition
menu|The Meridian - Back to home
menu|News
menu|Opinion
menu|Sport
menu|Culture
menu|Lifestyle
menu|Show moreHide expanded menu
menu|Australia
menu|World
menu|AU politics
menu|Environment
menu|Climate crisis
menu|Indigenous Australia
menu|Immigration
menu|Media
menu|Business
menu|Science
menu|Tech
menu|Podcasts
section-label|Housing
h1|Regional rents rise faster than capital cities for fourth straight year, report finds
lead|Tenants in towns such as Ballarat, Bunbury and Toowoomba now spend a bigger share of income on rent than those in Melbourne, with vacancy rates below 1%
byline|Priya Nathan
byline|Economics correspondent
dateline|Thu 22 Jan 2026 12.00 AEDT
share|Share
gallery|Close dialogue1/1Next imagePrevious imageToggle caption
gallery|View image in fullscreen
caption|Rents in regional Victoria rose 7.8% in the year to December, compared with 4.1% in Melbourne. Photograph: Jasper Quill/AAP
p|Rents in regional Australia have risen faster than in the capital cities for the fourth year in a row, with tenants in some large country towns now paying a bigger share of their income in rent than renters in Melbourne, a new report has found.
p|The annual rental affordability report from the National Housing Research Centre found regional rents rose 6.9% on average in 2025, compared with 4.6% across the combined capitals. Since the start of 2022, regional rents have climbed by almost 31%.
p|The report's lead author, Dr Callum Reyes, said the gap reflected a shortage of rental properties outside the big cities that had never been fixed after the pandemic-era shift to the regions.
p|"People assume the regions are the affordable option, and for a long time they were," Reyes said. "But wages in regional areas haven't kept pace, and there is simply nothing to rent. When a house comes up in Bunbury, you have 40 people at the inspection."
related|Related: 'We're sleeping in the car between shifts': the nurses priced out of the towns they work in
h2|Vacancy rates below 1%
p|The report found vacancy rates were below 1% in 22 of the 30 regional areas it examined. The tightest markets were:
li|Bunbury, Western Australia, at 0.4%
li|Toowoomba, Queensland, at 0.6%
li|Ballarat, Victoria, at 0.7%
li|Launceston, Tasmania, at 0.7%
p|A vacancy rate of about 3% is generally considered a balanced market between landlords and tenants.
p|The median household renting in a large regional town now spends 31% of its gross income on rent, above the 30% benchmark commonly used to define housing stress. In Melbourne the figure is 28%.
newsletter|skip past newsletter promotion
newsletter|Sign up to Meridian Australia's Afternoon Update
newsletter|Free daily newsletter
newsletter|Our Australian afternoon update breaks down the key stories of the day, telling you what's happening and why it matters
newsletter|Enter your email address
newsletter|Sign up
newsletter|Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. If you do not have an account, we will create a guest account for you on meridian.com.au to send you this newsletter. You can complete full registration at any time.
newsletter|after newsletter promotion
h2|'The pressure has moved'
p|The federal housing minister, Dana Whitlock, said the government's plan to build 1.2m homes over five years included money set aside specifically for regional councils to fund roads, water and sewerage connections for new estates.
p|"We know the pressure has moved out of the cities and into the regions, and that's why we are working with the states to get more homes built where people want to live," she said.
p|The opposition's housing spokesperson, Ben Carrodus, said the figures showed the government's targets were "a fantasy" and called for tighter limits on immigration to ease demand.
p|Tenant advocates said both sides were ignoring renters who were struggling now. The Regional Renters Network called for a national cap on the frequency of rent increases and an end to no-grounds evictions in every state and territory.
p|"Building homes matters, but a house that's finished in 2030 doesn't help the single mum who gets a rent increase notice next month," said the network's spokesperson, Leah Donnelly.
signature|Additional reporting by Sam Whitford
epic|Article count: you've read 12 articles in the last year
epic|Millions of Australians rely on the Meridian for fearless, independent journalism. We're not owned by a billionaire and have no shareholders, so our reporting is free from commercial and political influence.
epic|If you can, please support the Meridian today. It takes less than a minute.
donate|Support $15/monthly
donate|Continue
donate|Remind me in March
donate|Accepted payment methods: Visa, Mastercard, American Express and PayPal
tags|Explore more on these topics
tags|Housing
tags|Renting
tags|Regional Australia
tags|Australian economy
tags|news
share|Reuse this content
comments|Comments (326)
comments|Sign in or create your Meridian account to join the discussion
comments|This discussion is closed for comments
most-read|Most viewed
most-read|Australian Open 2026: day five live scores and results
most-read|Heatwave warning for South Australia as Adelaide set for 45C
most-read|Coalition splits over net zero as Nationals walk out of party room
teaser-list|Most commented
teaser-list|Regional rents rise faster than capital cities for fourth straight year, report finds
teaser-list|The rental crisis is a choice. Here's how we unmake it
footer|Original reporting and incisive analysis, direct from the Meridian every morning
footer|Sign up for our email
footer|About us
footer|Information
footer|Complaints & corrections
footer|SecureDrop
footer|Work for us
footer|Privacy policy
footer|Cookie policy
footer|Terms & conditions
footer|Help
footer|All topics
footer|All writers
footer|Modern Slavery Act
footer|Contact us
footer|Advertise with us
footer|Facebook
footer|Instagram
footer|YouTube
footer|Newsletters
back-to-top|Back to top
copyright|© 2026 Meridian News & Media Limited or its affiliated companies. All rights reserved. (dcr)
"""),
 dict(id="burkina-sidwaya-style-1", site="burkina-sidwaya-style", lang="fr", sep="\n", title="Examens scolaires session 2026 : 412 530 candidats attendus au CEP à partir du 9 juin", date="2026-05-28", page="""
timestamp|jeudi, 28 mai 2026
ticker|Flash info :
ticker|Conseil des ministres : le compte rendu de la séance du mercredi 27 mai 2026
ticker|Fête du travail : les centrales syndicales reçues par le Premier ministre
social|Facebook Twitter YouTube WhatsApp
menu|Faso Lumière
menu|Quotidien burkinabè d'information générale
menu|ACCUEIL
menu|ACTUALITÉS
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|CULTURE
menu|SPORTS
menu|RÉGIONS
menu|INTERNATIONAL
menu|OPINIONS
menu|ANNONCES
epaper|Édition numérique
ad|Publicité
ad|Faso Télécom - Avec le pass Wendé, appelez et surfez sans limite à partir de 200 F CFA
breadcrumb|Accueil > Actualités > Éducation
section-label|Éducation
h1|Examens scolaires session 2026 : 412 530 candidats attendus au CEP à partir du 9 juin
byline|Par Faso Lumière
dateline|28 mai 2026
comments|0
views|👁 1 073
share|Partager
share|Facebook Twitter WhatsApp Telegram Email
caption|Le ministre en charge de l'Éducation nationale (au milieu) a visité le centre de conditionnement des épreuves.
lead|Les épreuves écrites du Certificat d'études primaires (CEP), session de 2026, se dérouleront à partir du mardi 9 juin prochain sur l'ensemble du territoire national. Le ministre en charge de l'Éducation nationale a fait le point des préparatifs, le mercredi 27 mai 2026, à Ouagadougou.
p|Ils sont au total 412 530 candidats à prendre part cette année à l'examen du Certificat d'études primaires, contre 398 114 à la session de 2025, soit une hausse de 3,6 %. Parmi eux, on compte 214 871 filles, soit 52,1 % des effectifs. Les candidats composeront dans 2 418 centres d'examen répartis dans les dix-sept régions du pays.
p|Selon le ministre en charge de l'Éducation nationale, qui s'exprimait à l'issue d'une visite au centre de conditionnement des épreuves, toutes les dispositions ont été prises pour que l'examen se déroule dans la sérénité. « Les sujets sont prêts, le matériel a été acheminé dans toutes les directions provinciales et le personnel d'encadrement a été formé. Nous appelons les parents à accompagner les enfants dans cette dernière ligne droite », a-t-il déclaré.
read-also|Lire aussi : Baccalauréat 2026 : le calendrier des épreuves dévoilé
h2|Des centres spéciaux pour les élèves déplacés
p|Comme lors des sessions précédentes, des centres spéciaux ont été ouverts dans les chefs-lieux de régions pour accueillir les candidats issus des localités où les écoles ont été fermées pour des raisons sécuritaires. Au total, 18 240 élèves déplacés internes composeront dans ces centres, dont 6 102 dans la région du Liptako et 4 870 dans la région de la Sirba.
p|Le ministre a salué l'engagement des enseignants qui, a-t-il souligné, ont permis la poursuite des cours dans des conditions souvent difficiles. Il a également remercié les Forces de défense et de sécurité et les Volontaires pour la défense de la patrie (VDP) pour la sécurisation des écoles et l'acheminement des épreuves.
h2|Le calendrier des examens
p|Le calendrier arrêté par le ministère se présente comme suit :
li|CEP : épreuves écrites du 9 au 10 juin 2026 ;
li|BEPC : épreuves écrites du 16 au 18 juin 2026 ;
li|Baccalauréat, premier tour : épreuves écrites du 30 juin au 3 juillet 2026 ;
li|Proclamation des résultats du CEP : au plus tard le 20 juin 2026.
p|Le ministre a par ailleurs mis en garde contre la fraude, notamment la diffusion de faux sujets sur les réseaux sociaux. « Toute personne prise en flagrant délit de fraude ou de diffusion de sujets sera poursuivie conformément aux textes en vigueur », a-t-il prévenu, invitant les candidats à ne pas se laisser distraire par les rumeurs.
p|Les résultats, a-t-il précisé, seront proclamés dans chaque centre et pourront être consultés sur la plateforme en ligne du ministère ainsi que par SMS.
signature|Aïssata KABORÉ
signature|Salimata SAWADOGO (Stagiaire)
credit|Photos : Boukary OUÉDRAOGO
tags|Étiquettes : BEPC Baccalauréat CEP Éducation Examens
share|Facebook Twitter WhatsApp Telegram Email Imprimer
nav|Article précédent
nav|Koupéla : les commerçants du marché central sensibilisés au port de la carte professionnelle
nav|Article suivant
nav|Football : les Étalons en regroupement à Ouagadougou à partir du 1er juin
related|ARTICLES SIMILAIRES
related|Enseignement supérieur : le ministère lance l'orientation des nouveaux bacheliers
related|Rentrée scolaire 2026-2027 : les inscriptions en ligne débutent en août
related|Cantines scolaires : 1 200 tonnes de vivres mises en place dans le Kadiogo
comments|Laisser un commentaire
comments|Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|Email *
comments|Site web
comments|Publier le commentaire
most-read|LES PLUS LUS
most-read|Conseil des ministres : plusieurs nominations au ministère de la Santé
most-read|Campagne agricole 2026-2027 : le lancement officiel prévu à Bobo-Dioulasso
most-read|Opération « Mana mana » : les populations de Dédougou à pied d'œuvre
obituary|NÉCROLOGIE
obituary|Avis de décès : Monsieur OUÉDRAOGO Karim Jean-Baptiste
obituary|Remerciements et faire-part : Famille ZONGO à Koudougou
obituary|In memoriam : Feue Madame TRAORÉ née SANOU Awa
jobs|Avis de recrutement : la SONABEL recrute 45 agents techniques
epaper|Faso Lumière du jour en PDF
epaper|Télécharger
footer|Éditions Faso Lumière
footer|Quotidien d'information générale de l'État burkinabè
footer|01 BP 1034 Ouagadougou 01 - Tél. : (+226) 25 30 00 00
footer|Qui sommes-nous ? Nos publications Abonnements Publicité Contacts
footer|La Patrie ou la mort, nous vaincrons !
copyright|© 2026 Faso Lumière - Tous droits réservés. Réalisé par la Direction des systèmes d'information
"""),
 dict(id="burkina-sidwaya-style-2", site="burkina-sidwaya-style", lang="fr", sep="\n", title="Région du Guiriko : 1 200 jeunes formés aux métiers de l'élevage dans le cadre de l'offensive agropastorale", date="2026-04-16", page="""
timestamp|jeudi, 16 avril 2026
ticker|Flash info :
ticker|Guiriko : 1 200 jeunes formés aux métiers de l'élevage
ticker|Santé : la campagne de vaccination contre la méningite lancée à Fada N'Gourma
social|Facebook Twitter YouTube WhatsApp
menu|Faso Lumière
menu|Quotidien burkinabè d'information générale
menu|ACCUEIL
menu|ACTUALITÉS
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|CULTURE
menu|SPORTS
menu|RÉGIONS
menu|INTERNATIONAL
menu|OPINIONS
menu|ANNONCES
epaper|Édition numérique
ad|Publicité
ad|Banque du Faso - Ouvrez votre compte épargne jeunesse dès 5 000 F CFA
breadcrumb|Accueil > Régions
section-label|Régions
h1|Région du Guiriko : 1 200 jeunes formés aux métiers de l'élevage dans le cadre de l'offensive agropastorale
byline|Par Faso Lumière
dateline|16 avril 2026
comments|2
views|👁 846
share|Partager
share|Facebook Twitter WhatsApp Telegram Email
caption|Les bénéficiaires ont reçu leurs attestations de fin de formation et des kits de démarrage.
dateline|Bobo-Dioulasso, 15 avril 2026 (Faso Lumière) –
p|Le gouverneur de la région du Guiriko a présidé, le mercredi 15 avril 2026 à Bobo-Dioulasso, la cérémonie de clôture de la formation de 1 200 jeunes aux métiers de l'élevage. Initiée par le ministère en charge des Ressources animales, cette formation s'inscrit dans le cadre de l'offensive agropastorale et halieutique lancée par le gouvernement.
p|Pendant trois mois, les bénéficiaires, âgés de 18 à 35 ans et issus des provinces du Houet, du Kénédougou et du Tuy, ont été formés dans les centres de promotion rurale de la région. Ils ont reçu des modules théoriques et pratiques portant sur l'embouche bovine et ovine, l'aviculture, la production de fourrage et la santé animale.
p|Pour le gouverneur, cette formation vient renforcer la volonté des autorités de faire des jeunes les acteurs de la souveraineté alimentaire. « Le Burkina Faso dispose d'un potentiel pastoral important. Il nous revient de le valoriser en donnant aux jeunes les compétences et les moyens de s'installer à leur propre compte », a-t-il indiqué.
ad|Publicité
ad|SOFITEX - Campagne cotonnière 2026-2027 : les intrants sont disponibles dans toutes les zones
h2|Des kits pour démarrer
p|À l'issue de la formation, chaque bénéficiaire a reçu un kit de démarrage adapté à sa filière. Selon le directeur régional en charge des Ressources animales, les kits se composent comme suit :
li|pour l'embouche ovine : cinq béliers, un abreuvoir et deux sacs d'aliment bétail ;
li|pour l'aviculture : cent poussins, une mangeoire, des vaccins et un lot de provende ;
li|pour la production fourragère : des semences améliorées, une faucheuse manuelle et un hache-paille.
p|Le directeur régional a précisé qu'un dispositif de suivi sera mis en place pendant douze mois. Des agents d'élevage rendront visite aux jeunes installés pour les accompagner et vérifier la bonne utilisation des kits. « Nous ne voulons pas d'une formation sans lendemain. L'objectif est que, d'ici un an, chacun puisse vivre de son activité », a-t-il souligné.
read-also|Lire aussi : Offensive agropastorale : plus de 3 000 tonnes de semences distribuées dans la région des Hauts-Bassins
h2|Les bénéficiaires satisfaits
p|Au nom des bénéficiaires, Fatoumata Sanou, aviculture, a exprimé sa gratitude aux autorités. « Avant cette formation, j'élevais quelques poules sans méthode. Aujourd'hui, je sais comment vacciner, comment nourrir et comment calculer ce que je gagne », a-t-elle témoigné, avant de promettre de faire bon usage du matériel reçu.
p|Le gouverneur a, pour sa part, invité les jeunes formés à se constituer en coopératives afin de faciliter l'accès au crédit et aux marchés. Il a également exhorté les services techniques à poursuivre l'encadrement, en particulier à l'approche de la saison des pluies.
p|Pour la campagne 2026, le ministère en charge des Ressources animales prévoit de former au total 10 000 jeunes dans les dix-sept régions du pays.
signature|Issouf SIRIMA
signature|AIB/Guiriko
credit|Photos : DRCM/Guiriko
tags|Étiquettes : Bobo-Dioulasso Élevage Guiriko Jeunesse Offensive agropastorale
share|Facebook Twitter WhatsApp Telegram Email Imprimer
nav|Article précédent
nav|Fada N'Gourma : la campagne de vaccination contre la méningite officiellement lancée
nav|Article suivant
nav|Cyclisme : le Tour du Faso 2026 passera par sept régions
related|ARTICLES SIMILAIRES
related|Kénédougou : une mini-laiterie inaugurée à Orodara
related|Production fourragère : 500 producteurs du Tuy formés aux techniques de conservation
comments|2 commentaires
comments|Zongo Abdoul 16 avril 2026 à 10 h 42 min
comments|Très bonne initiative. Il faut aussi penser aux jeunes de la région de l'Oubri.
comments|Répondre
comments|Yacouba T. 16 avril 2026 à 13 h 05 min
comments|Le suivi est important, sinon les béliers seront vendus dès la Tabaski.
comments|Répondre
comments|Laisser un commentaire
comments|Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Publier le commentaire
most-read|LES PLUS LUS
most-read|Conseil des ministres : adoption d'un projet de loi sur la fonction publique
most-read|Ramadan 2026 : les musulmans célèbrent l'Aïd el-Fitr dans la ferveur
obituary|NÉCROLOGIE
obituary|Avis de décès : El Hadj SAVADOGO Issaka
obituary|Remerciements : Famille KONÉ à Bobo-Dioulasso
jobs|Communiqué : concours directs de la Fonction publique, session 2026
epaper|Faso Lumière du jour en PDF
epaper|Télécharger
footer|Éditions Faso Lumière
footer|Quotidien d'information générale de l'État burkinabè
footer|01 BP 1034 Ouagadougou 01 - Tél. : (+226) 25 30 00 00
footer|Qui sommes-nous ? Nos publications Abonnements Publicité Contacts
footer|La Patrie ou la mort, nous vaincrons !
copyright|© 2026 Faso Lumière - Tous droits réservés. Réalisé par la Direction des systèmes d'information
"""),
 dict(id="rappler-style-1", site="rappler-style", lang="en", sep="\n", title="DOTr extends MRT-3 operating hours to midnight starting April", date="2026-03-02", page="""
skip-link|Skip to content
menu|SINAG
menu|Latest
menu|Philippines
menu|World
menu|Business
menu|Sports
menu|Entertainment
menu|Life & Style
menu|Technology
menu|Voices
menu|Newsbreak
menu|Fact Check
menu|Videos
menu|MovePH
search|Search
subscribe|Sinag+
account|Sign in
breadcrumb|Philippines
section-label|Metro Manila
h1|DOTr extends MRT-3 operating hours to midnight starting April
lead|The last train will leave North Avenue at 11:30 pm and Taft Avenue at 12 midnight, the Department of Transportation says, in a bid to ease the late-night commute
byline|JOSHUA DE LEON
dateline|Mar 2, 2026 2:48 PM PHT
dateline|Updated Mar 2, 2026 6:15 PM PHT
share|Facebook Twitter Copy URL
summary|Summarize this article with AI
listen|Listen to this article
listen|0:00 / 4:21
caption|QUEUE. Commuters line up at the MRT-3 Ayala Station during the evening rush hour.
credit|Jire Carreon/Sinag
p|MANILA, Philippines – Commuters riding the Metro Rail Transit Line 3 (MRT-3) will be able to catch trains until midnight starting April 1, the Department of Transportation (DOTr) announced on Monday, March 2.
p|Under the new schedule, the last northbound train will leave Taft Avenue Station in Pasay City at 12 midnight, while the last southbound train will depart North Avenue Station in Quezon City at 11:30 pm. Trains currently stop running at around 10:30 pm.
p|The first trips will remain at 4:30 am from North Avenue and 5:05 am from Taft Avenue.
p|"Many of our commuters are workers in BPOs, hospitals, and malls whose shifts end late at night. They deserve a safe and affordable way to get home," DOTr Undersecretary for Railways Ramon Villaruel said in a press briefing.
read-also|MUST READ
read-also|[ANALYSIS] Why Metro Manila's trains still can't keep up with its commuters
h2|Maintenance window shortened
p|Extending the service hours means a shorter window for overnight maintenance along the 16.9-kilometer line. Villaruel said the MRT-3 management had reorganized its maintenance crews into three shifts and would prioritize work on the tracks and overhead power lines.
ad|ADVERTISEMENT
p|He added that the train line would carry out major repairs on weekends, when ridership is lower, and that the public would be informed at least a week ahead of any service adjustment.
p|The MRT-3 carries an average of around 400,000 passengers on weekdays, according to DOTr data. Ridership has been rising steadily since the line's rehabilitation was completed, though long queues remain common at stations such as North Avenue, Cubao, and Ayala during rush hours.
h2|Commuter groups welcome move
p|Commuter advocacy groups welcomed the announcement but called for more trains, not just longer hours.
p|"Extending operations is good news for night-shift workers. But the real problem is still capacity during peak hours, when people wait 30 minutes just to enter the platform," said Ria Santos of the group Komyut Ko, Karapatan Ko.
p|The DOTr said it was also studying a similar extension for the Light Rail Transit Line 2 (LRT-2), which connects Recto in Manila to Antipolo in Rizal. A decision is expected before the end of the month.
p|Fares on the MRT-3 will remain unchanged, ranging from P13 to P28 depending on the distance traveled. – Sinag.com
mood|How does this make you feel?
mood|Happy
mood|Sad
mood|Angry
mood|Don't care
mood|Inspired
mood|Afraid
mood|Amused
mood|Annoyed
mood|Loading
tags|Metro Rail Transit Line 3
tags|Department of Transportation
tags|Commuting
tags|Metro Manila
author-bio|Joshua de Leon covers transportation and urban issues for Sinag.
author-link|More by Joshua de Leon
comments|Add a comment
comments|There are no comments yet. Add your comment to start the conversation.
related|Related Topics
related|LRT-1 Cavite extension: Phase 2 stations to open by 2027, says operator
related|Bus carousel fare stays free for students until June
related|Traffic in EDSA worsens as rehabilitation begins
app|Download the Sinag Communities app
app|Join the conversation. Get the Sinag Communities app on the App Store and Google Play.
subscribe|Join Sinag+ today. Support independent journalism and get exclusive perks.
subscribe|Become a member
footer|About Sinag
footer|Corrections
footer|Newsroom Handbook
footer|Advertise
footer|Privacy Statement
footer|Terms of Use
footer|Contact Us
footer|Sitemap
copyright|© Copyright 2026 Sinag. All Rights Reserved.
"""),
 dict(id="rappler-style-2", site="rappler-style", lang="en", sep="\n", title="Negros sugar workers brace for a longer 'tiempo muerto' as mill shuts early", date="2026-05-14", page="""
skip-link|Skip to content
menu|SINAG
menu|Latest
menu|Philippines
menu|World
menu|Business
menu|Sports
menu|Entertainment
menu|Life & Style
menu|Technology
menu|Voices
menu|Newsbreak
menu|Fact Check
menu|Videos
menu|MovePH
search|Search
subscribe|Sinag+
account|Sign in
breadcrumb|Business
section-label|Agriculture
h1|Negros sugar workers brace for a longer 'tiempo muerto' as mill shuts early
lead|With the milling season cut short by a weak harvest, thousands of sacadas in Negros Occidental face up to seven months without steady work
byline|MARIA CELESTE ABALOS
dateline|May 14, 2026 11:05 AM PHT
share|Facebook Twitter Copy URL
summary|Summarize this article with AI
summary|This is AI generated summarization, which may have errors. For context, always refer to the full article.
caption|WAITING. Sugarcane workers rest beside a harvested field in La Carlota City, Negros Occidental.
credit|Photo by Maria Celeste Abalos/Sinag
p|BACOLOD, Philippines – For sugarcane cutter Roberto Gayanilo, the lean months have come early this year.
p|The sugar mill in his town in southern Negros Occidental stopped grinding cane on May 2, nearly a month ahead of schedule, after a poor harvest left too little cane to keep the machines running. For Gayanilo and the roughly 4,000 farm workers who depend on the mill district, that means the start of "tiempo muerto," the dead season between milling periods when there is little work in the cane fields.
p|"Usually we still have work until June. Now, nothing. We will borrow again from the store, and pay when the milling starts," Gayanilo, 47, told Sinag in Hiligaynon.
h2|Dry spell, low yields
p|Farmers blame a long dry spell in late 2025 and early 2026 for the weak harvest. According to the Sugar Regulatory Administration (SRA), cane production in Negros Island fell by about 12% compared with the previous crop year, while the average sugar yield per hectare also declined.
p|Planters' groups said the smaller harvest had been compounded by the high cost of fertilizer and a shortage of workers during the peak of the season, as younger laborers left for construction jobs in Bacolod and Metro Manila.
read-also|MUST READ
read-also|IN CHARTS: How much sugar does the Philippines import, and why?
ad|ADVERTISEMENT
p|For farm workers, who are usually paid by the ton of cane cut or by the day, the early closure cuts months of wages. Labor groups estimate that a cane cutter earns between P350 and P450 a day during the milling season, below the minimum wage for agricultural workers in Western Visayas.
video|WATCH: A day with the sacadas of Negros
video|8:42
h2|Calls for aid
p|The National Federation of Sugar Workers called on the government to release emergency employment assistance before the lean months set in. It asked for:
li|cash-for-work programs in sugar-producing towns from June to September;
li|the immediate release of the socio-economic fund for farm workers under the Sugar Industry Development Act;
li|rice subsidies for families of seasonal workers.
p|The Department of Labor and Employment's regional office said it had set aside funds for emergency employment in Negros Occidental and was coordinating with local governments to identify beneficiaries. The first payouts are expected in June.
p|The SRA, for its part, said it would speed up the distribution of high-yielding cane varieties and fertilizer support for small planters ahead of the next planting season.
p|Back in La Carlota, Gayanilo's wife, Lorna, has started selling banana cue near the town plaza to tide the family over. "We are used to this," she said. "But every year, it gets harder." – with reports from Jaime Torrecampo/Sinag.com
mood|How does this make you feel?
mood|Happy
mood|Sad
mood|Angry
mood|Don't care
mood|Inspired
mood|Afraid
mood|Amused
mood|Annoyed
mood|Loading
tags|Negros Occidental
tags|sugar industry
tags|Labor
tags|Agriculture
author-bio|Maria Celeste Abalos is Sinag's Visayas correspondent based in Bacolod City.
author-link|More by Maria Celeste Abalos
comments|Add a comment
comments|Sort by Best
comments|1 comment
comments|lvmendoza
comments|Same story every year. When will the government finally diversify the Negros economy?
comments|3h ago
comments|Reply
related|Related Topics
related|Sugar imports: SRA approves 150,000 metric tons to stabilize prices
related|Farmers in Iloilo shift to corn amid water shortage
related|[OPINION] The sacada's long wait
app|Download the Sinag Communities app
app|Join the conversation. Get the Sinag Communities app on the App Store and Google Play.
subscribe|Join Sinag+ today. Support independent journalism and get exclusive perks.
subscribe|Become a member
footer|About Sinag
footer|Corrections
footer|Newsroom Handbook
footer|Advertise
footer|Privacy Statement
footer|Terms of Use
footer|Contact Us
footer|Sitemap
copyright|© Copyright 2026 Sinag. All Rights Reserved.
"""),
]
