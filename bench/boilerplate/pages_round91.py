# Round 91: eight pages on four more layouts (a French weekly news magazine site, a US monthly long-form magazine
# site, a Senegalese daily news portal, a Singapore broadcaster's news site), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is
# copied, and the site names are invented.
ROUND91 = [
 dict(id="marianne-style-1", site="marianne-style", lang="fr", sep="\n", title="Laïcité à l'hôpital : le rapport qui embarrasse le ministère de la Santé", date="2026-01-20", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
menu|Menu
search|Rechercher
menu|L'Hebdo Libre
menu|Le journal qui ne pense pas pour vous
account|Se connecter
subscribe|S'abonner
subscribe|1€ le premier mois
menu|Politique
menu|Société
menu|Monde
menu|Économie
menu|Culture
menu|Agora
menu|Idées
menu|Vidéos
menu|Le Mag
epaper|Kiosque
newsletter|Newsletters
breaking|🔴 En ce moment
breaking|Grève SNCF : le trafic toujours très perturbé mardi sur le réseau Sud-Est
section-label|Société
section-label|Laïcité
paywall|Abonné
h1|Laïcité à l'hôpital : le rapport qui embarrasse le ministère de la Santé
lead|Un rapport d'inspection que nous avons pu consulter recense plusieurs centaines d'incidents liés à des revendications religieuses dans les établissements de santé publics en 2025. Le document, remis en octobre, n'a toujours pas été rendu public.
byline|Par Solène Marchetti
dateline|Publié le 20/01/2026 à 07:00
dateline|Mis à jour le 20/01/2026 à 11:32
reading-time|Temps de lecture : 5 min
save|Enregistrer
share|Partager
gift|Offrir cet article
comments|Commenter
credit|© Bastien Rocher / Hans Lucas via AFP
caption|Dans le hall d'un centre hospitalier de la région parisienne, en décembre 2025.
listen|Écouter cet article
listen|Lecture par une voix de synthèse
listen|4:51
p|Il devait être présenté à l'automne « dans un esprit de transparence ». Trois mois plus tard, le rapport de l'Inspection générale des affaires sociales (Igas) sur le respect de la laïcité dans les hôpitaux publics dort toujours dans un tiroir de l'avenue de Ségur. Le document d'une centaine de pages, que L'Hebdo Libre a pu consulter, dresse pourtant un constat que ses auteurs jugent « préoccupant ».
p|Sur la base d'un questionnaire adressé à 312 établissements et d'entretiens menés dans une vingtaine d'entre eux, les inspecteurs recensent 847 signalements en 2025, contre 512 deux ans plus tôt. Refus d'être examinée par un médecin homme, contestations de menus, prières collectives dans les couloirs ou les salles d'attente, port de signes religieux par des étudiants en stage : la palette est large, et les réponses apportées très inégales.
h2|Des soignants « livrés à eux-mêmes »
p|C'est le principal enseignement du rapport : face à ces situations, les équipes manquent de repères. Moins d'un établissement sur trois dispose d'un référent laïcité effectivement formé, alors que la désignation d'un tel référent est obligatoire depuis 2021. « Les soignants se retrouvent seuls, au milieu de la nuit, à devoir arbitrer des conflits pour lesquels personne ne les a préparés », écrivent les inspecteurs.
p|Une cadre de santé d'un grand CHU du Nord, qui a requis l'anonymat, confirme : « On a eu un cas l'an dernier où un mari refusait qu'un interne examine sa femme aux urgences. On a perdu quarante minutes. Personne ne savait qui devait trancher, la direction n'a jamais répondu au téléphone. »
read-also|À LIRE AUSSI : Référents laïcité : dans la fonction publique, une obligation restée lettre morte
ad|Publicité
p|Les inspecteurs relèvent par ailleurs que les incidents touchent de plus en plus les instituts de formation en soins infirmiers, où plusieurs directions disent avoir renoncé à faire appliquer le règlement intérieur « pour éviter l'escalade ».
h2|Un calendrier politique délicat
p|Pourquoi, dès lors, ne pas publier le document ? Au ministère, on assure qu'il ne s'agit que d'un « travail en cours » et que le rapport sera rendu public « une fois les recommandations expertisées ». Une explication qui ne convainc guère en interne. « Personne n'a envie de relancer un débat sur la laïcité à quelques semaines des municipales », glisse un conseiller.
p|Le rapport formule pourtant des propositions précises :
li|rendre obligatoire une formation de deux jours pour tous les cadres de santé d'ici 2027 ;
li|créer une cellule d'appui nationale joignable à toute heure par les établissements ;
li|intégrer un module laïcité dans le tronc commun des études de médecine et de soins infirmiers ;
li|publier chaque année un bilan national des signalements.
p|Plusieurs syndicats de praticiens hospitaliers réclament désormais la publication intégrale du texte. « On ne règle pas un problème en le cachant », tranche le président d'une intersyndicale, qui compte saisir la Commission d'accès aux documents administratifs.
p|Contacté, le cabinet de la ministre n'a pas souhaité faire de commentaire supplémentaire.
paywall|Cet article est réservé aux abonnés. Merci de votre fidélité.
share|Partager sur Facebook
share|Partager sur X
share|Partager sur LinkedIn
share|Envoyer par e-mail
share|Copier le lien
tags|Laïcité
tags|Hôpital
tags|Santé publique
tags|Fonction publique
epaper|Le magazine de la semaine
epaper|L'Hebdo Libre n°1497 - Du 16 au 22 janvier 2026
epaper|Retraites : le grand bluff
epaper|Lire le numéro
subscribe|Soutenez une presse libre et indépendante. Abonnez-vous dès 1€ le premier mois, sans engagement.
subscribe|Je m'abonne
comments|Commentaires (23)
comments|Les commentaires sont réservés aux abonnés.
comments|Voir les commentaires
related|Sur le même thème
related|Abayas à l'école : deux ans après l'interdiction, ce que disent les chiffres
related|« La laïcité n'est pas une opinion, c'est une règle » : entretien avec une ancienne préfète
related|Universités : ces salles de prière qui ne disent pas leur nom
most-read|Les plus lus
most-read|1
most-read|Municipales à Lyon : le coup de poker des écologistes
most-read|2
most-read|Prix de l'électricité : ce que la ministre ne vous dit pas
most-read|3
most-read|Jean-Michel Le Goff : « La gauche a abandonné les classes populaires »
newsletter|Recevez chaque vendredi La Lettre politique de la rédaction
newsletter|Votre e-mail
newsletter|OK
app|Téléchargez l'application L'Hebdo Libre
app|Disponible sur l'App Store
app|Disponible sur Google Play
footer|L'Hebdo Libre
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Publicité
footer|Mentions légales
footer|CGU
footer|CGV
footer|Charte de confidentialité
cookie|Gestion des cookies
footer|Plan du site
footer|Tous les sujets
social|Suivez-nous : Facebook X Instagram LinkedIn YouTube
copyright|© L'Hebdo Libre 2026 - Tous droits réservés
"""),
 dict(id="marianne-style-2", site="marianne-style", lang="fr", sep="\n", title="Hélène Vasseur : « La désindustrialisation n'a jamais été une fatalité, c'est un choix politique »", date="2026-02-14", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
menu|Menu
search|Rechercher
menu|L'Hebdo Libre
menu|Le journal qui ne pense pas pour vous
account|Se connecter
subscribe|S'abonner
subscribe|1€ le premier mois
menu|Politique
menu|Société
menu|Monde
menu|Économie
menu|Culture
menu|Agora
menu|Idées
menu|Vidéos
menu|Le Mag
epaper|Kiosque
newsletter|Newsletters
section-label|Agora
section-label|Entretien
paywall|Abonné
h1|Hélène Vasseur : « La désindustrialisation n'a jamais été une fatalité, c'est un choix politique »
lead|Dans « Les Usines fantômes » (Éditions du Seuil de Loire), l'économiste Hélène Vasseur retrace quarante ans de fermetures de sites industriels en France. Et démonte l'idée selon laquelle le déclin de nos usines aurait été inéluctable.
byline|Propos recueillis par Clément Auvray
dateline|Publié le 14/02/2026 à 16:00
reading-time|Temps de lecture : 6 min
save|Enregistrer
share|Partager
gift|Offrir cet article
comments|Commenter
caption|Hélène Vasseur, économiste, ancienne conseillère au Commissariat général au Plan.
credit|© Julien Faure / Leextra via Opale
h2|L'Hebdo Libre : Votre livre s'ouvre sur une date, le 12 septembre 1984. Pourquoi ?
p|Hélène Vasseur : C'est le jour où le gouvernement de l'époque entérine, sans vrai débat, l'abandon d'un plan de modernisation de la machine-outil. Ce n'est pas la décision la plus spectaculaire de la période, mais elle est emblématique. On a considéré que l'industrie était un secteur du passé, que la France deviendrait une économie de services et de « matière grise », et qu'on pouvait laisser les usines partir là où la main-d'œuvre coûtait moins cher. Cette conviction a été partagée par la droite comme par la gauche pendant trente ans.
h2|Vous parlez d'un « consensus de l'abandon ». N'est-ce pas exagéré ? La concurrence asiatique n'a pas été inventée par les gouvernements français…
p|Bien sûr que non. Mais regardez l'Allemagne ou l'Italie du Nord : elles ont subi exactement la même concurrence et ont conservé une base industrielle deux fois plus importante que la nôtre, en proportion du PIB. La différence, ce sont des choix : le financement des entreprises moyennes, la formation professionnelle, la fiscalité sur la production, le rôle des banques régionales. En France, on a privilégié les grands groupes, qui ont délocalisé dès qu'ils le pouvaient, et on a laissé mourir le tissu des sous-traitants.
read-also|À LIRE AUSSI : Réindustrialisation : derrière les annonces, des usines qui peinent à recruter
ad|Publicité
h2|Depuis 2017, les gouvernements successifs revendiquent pourtant une « réindustrialisation ». Y croyez-vous ?
p|Les chiffres montrent un frémissement : on ouvre à nouveau un peu plus d'usines qu'on n'en ferme. C'est réel, et il ne faut pas le nier. Mais les créations concernent souvent de petits sites très automatisés, avec peu d'emplois, tandis que les fermetures touchent des bassins entiers. Et surtout, on n'a pas réglé la question de fond : qui finance une usine à long terme en France ? Tant que la réponse sera « l'État, par des subventions ponctuelles », on restera dans la communication.
p|Je le dis sans provocation : le plus grand frein, aujourd'hui, ce n'est pas le coût du travail, c'est l'impatience du capital.
h2|Que proposez-vous concrètement ?
p|Trois choses, au moins. D'abord, une banque publique de l'industrie dotée de moyens réels, capable de prêter à vingt ans. Ensuite, une commande publique assumée, qui favorise la production européenne, comme le font sans complexe les Américains. Enfin, un effort massif sur les lycées professionnels, qu'on a laissés se dégrader pendant des décennies alors qu'ils sont la clé de tout.
h2|On vous objectera que le « made in Europe » dans la commande publique est contraire aux règles européennes…
p|Les règles se changent. Elles ont d'ailleurs déjà bougé pendant la crise sanitaire, puis avec la guerre en Ukraine. Ce qui manque, c'est la volonté de porter ce combat à Bruxelles jusqu'au bout, au lieu de s'abriter derrière les traités pour ne rien faire.
h2|Votre livre est très sévère pour les élites économiques. Vous n'épargnez personne…
p|Parce que personne ne mérite d'être épargné ! J'ai interrogé d'anciens ministres, d'anciens dirigeants de grands groupes. Presque tous reconnaissent aujourd'hui, en privé, qu'ils se sont trompés. Aucun ne l'a dit publiquement. C'est peut-être cela, le plus frappant : une faute collective que personne n'assume.
book|Les Usines fantômes. Quarante ans de renoncement industriel, Hélène Vasseur, Éditions du Seuil de Loire, 288 p., 21 €.
buy|Acheter ce livre
disclaimer|L'Hebdo Libre peut percevoir une commission sur les ventes réalisées via ce lien.
share|Partager sur Facebook
share|Partager sur X
share|Partager sur LinkedIn
share|Envoyer par e-mail
share|Copier le lien
tags|Industrie
tags|Économie
tags|Livres
tags|Entretien
epaper|Le magazine de la semaine
epaper|L'Hebdo Libre n°1501 - Du 13 au 19 février 2026
epaper|Agriculteurs : la colère qui vient
epaper|Lire le numéro
subscribe|Soutenez une presse libre et indépendante. Abonnez-vous dès 1€ le premier mois, sans engagement.
subscribe|Je m'abonne
comments|Commentaires (41)
comments|Les commentaires sont réservés aux abonnés.
comments|Voir les commentaires
related|Sur le même thème
related|Fonderie de Bretagne : la longue agonie d'une usine « sauvée » trois fois
related|Nucléaire : pourquoi la France ne sait plus construire de réacteurs à l'heure
related|Tribune : « Relocaliser sans former, c'est bâtir sur du sable »
video|Vidéos
video|« Le Débat » : faut-il taxer les superprofits ? Revoir l'émission
video|12:04
most-read|Les plus lus
most-read|1
most-read|Agriculteurs : ce que le gouvernement s'apprête à céder
most-read|2
most-read|Présidentielle 2027 : le sondage qui affole la majorité
most-read|3
most-read|Vin : les vignerons arrachent, l'État paie
newsletter|Recevez chaque vendredi La Lettre politique de la rédaction
newsletter|Votre e-mail
newsletter|OK
app|Téléchargez l'application L'Hebdo Libre
app|Disponible sur l'App Store
app|Disponible sur Google Play
footer|L'Hebdo Libre
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Publicité
footer|Mentions légales
footer|CGU
footer|CGV
footer|Charte de confidentialité
cookie|Gestion des cookies
footer|Plan du site
footer|Tous les sujets
social|Suivez-nous : Facebook X Instagram LinkedIn YouTube
copyright|© L'Hebdo Libre 2026 - Tous droits réservés
"""),
 dict(id="the-atlantic-style-1", site="the-atlantic-style", lang="en", sep="\n", title="The Slow Death of the Lunch Break", date="2026-03-04", page="""
skip-link|Skip to content
menu|Site Navigation
menu|The Continental
menu|Popular
menu|Latest
menu|Newsletters
menu|Sections
menu|Audio
menu|Video
menu|Books
menu|Puzzles
menu|Magazine
menu|Events
account|Sign In
subscribe|Subscribe
search|Search
gift|Give a Gift
paywall|You have 1 free article left this month. Subscribe for unlimited access.
section-label|Ideas
h1|The Slow Death of the Lunch Break
lead|Americans didn't lose the midday meal to ambition. They lost it to a calendar app.
byline|By Nora Feldstein
credit|Illustration by The Continental. Sources: Getty; H. Armstrong Roberts / ClassicStock.
dateline|March 4, 2026, 7 AM ET
share|Share
save|Save
listen|Listen to this article
listen|00:00
listen|11:48
listen|Produced by ElevenLabs and News Over Audio (Noa) using AI narration. Listen to more stories on the Noa app.
p|A colleague of mine keeps a granola bar in the top drawer of her desk, and another in her coat, and a third in the glove compartment of her car. She calls them her lunches. When I asked her the last time she had eaten a meal sitting down between noon and 2 p.m. on a weekday, she thought about it for a long while and said, "Probably jury duty."
p|She is not unusual. Surveys of office workers have for years found that a majority eat at their desks or skip lunch altogether, and the share who say they take a full break away from work has drifted downward since the pandemic, even as millions of people returned to the office. The lunch hour, once a fixture of American working life so sturdy that it had its own architecture (the automat, the diner counter, the executive dining room), has quietly dissolved.
p|The usual explanation is that we have become more driven, or more frightened, or both. I think the truth is more banal, and more interesting. The lunch break did not die because anyone decided to kill it. It died because nobody defended it on the calendar.
h2|The tyranny of the open slot
p|Consider how a working day is now built. Meetings are booked by other people, through software that displays your availability as a grid of empty rectangles. A block from 12:30 to 1:15 looks, to a scheduler in another time zone, exactly like every other empty block. Unless you have marked it as taken, it will be taken.
p|"The shared calendar turned private time into a public resource," Miriam Osei, an organizational psychologist who studies meeting culture, told me. "Lunch used to be protected by a social norm. Everyone knew you didn't call someone at noon. Now the norm has been replaced by an interface, and the interface doesn't know what lunch is."
p|Osei's research team analyzed anonymized scheduling data from several large employers and found that meetings starting between noon and 1 p.m. had roughly doubled as a share of all meetings over a decade. The midday hour, in other words, has become simply another hour.
related-inline|Read: The case for doing nothing at work
p|There is a second, subtler force at work. In many offices, eating at your desk has become a way of signaling commitment without saying anything. Nobody asks you to skip lunch. But a sandwich eaten over a keyboard is visible in a way that an hour spent on a park bench is not.
h2|What we lose
p|It would be easy to treat all of this as a minor complaint. Who cares where a salad is eaten? But the research on breaks is fairly consistent: people who step away from their work in the middle of the day, especially outdoors or with colleagues, report less exhaustion in the late afternoon and make fewer errors. The benefits don't come from the food. They come from the stopping.
p|Something social is lost too. The lunch hour was, for generations, where office friendships were formed, where gossip circulated, where a junior employee might find herself seated next to a vice president at a crowded counter. Those accidental encounters are hard to reproduce on a video call.
p|A handful of companies have tried to bring the break back by decree, blocking the calendar company-wide from noon to 1 p.m. The results, according to managers I spoke with, are mixed. Meetings simply migrate to 11:30 and 1:00, and the hour in between becomes a frantic time for catching up on email.
p|Perhaps the answer is less a policy than a small act of defiance. Mark the block. Call it "Lunch." Don't apologize for it. Then get up, put on your coat, and leave the granola bar in the drawer.
disclaimer|When you buy a book using a link on this page, we receive a commission. Thank you for supporting The Continental.
author-bio|About the Author
author-bio|Nora Feldstein is a staff writer at The Continental, where she covers work and the workplace.
author-link|Follow
newsletter|Sign up for Work in Progress, a newsletter about the ways we work now.
newsletter|Enter your email
newsletter|Sign Up
newsletter|Your newsletter subscriptions are subject to The Continental's Privacy Policy and Terms and Conditions.
tags|Explore More Topics
tags|Work
tags|Food
tags|Technology
related|Recommended Reading
related|The Myth of the Productive Morning
related|Derek Halvorsen
related|Why Your Boss Wants You Back at Your Desk
related|Priya Anand
related|The Office Is a Feeling
related|Nora Feldstein
most-read|Most Popular
most-read|The Republican Party Has a New Problem
most-read|Jonah Whitlock
most-read|What the Measles Outbreak Reveals
most-read|Katherine Mbeki
most-read|A Generation That Never Learned to Cook
most-read|Samuel Ortega
subscribe|Ideas that matter. Subscribe and support more than 165 years of independent journalism.
subscribe|Subscribe
footer|About
footer|Our History
footer|Careers
footer|Contact
footer|Help Center
footer|Subscription
footer|Purchase
footer|Give a Gift
footer|Manage Subscription
footer|Group Subscriptions
footer|Shop
footer|Privacy Policy
footer|Your Privacy Choices
footer|Advertising Guidelines
footer|Terms Conditions
footer|Responsible Disclosure
footer|Site Map
copyright|TheContinental.com Copyright (c) 2026 by The Continental Monthly Group. All Rights Reserved.
"""),
 dict(id="the-atlantic-style-2", site="the-atlantic-style", lang="en", sep="\n", title="The Town That Voted Itself Out of Existence", date="2026-04-14", page="""
skip-link|Skip to content
menu|Site Navigation
menu|The Continental
menu|Popular
menu|Latest
menu|Newsletters
menu|Sections
menu|Audio
menu|Video
menu|Books
menu|Puzzles
menu|Magazine
menu|Events
account|Sign In
subscribe|Subscribe
search|Search
gift|Give a Gift
section-label|Politics
section-label|From the May 2026 issue
h1|The Town That Voted Itself Out of Existence
lead|Hollis Ferry, Ohio, had a mayor, a police chief, and a budget. Then its residents decided they would rather have none of them.
byline|By Caleb Munroe
credit|Photographs by Aaron Whitt for The Continental
dateline|April 14, 2026
share|Share
save|Save
listen|Listen to this article
listen|00:00
listen|27:15
listen|Produced by ElevenLabs and News Over Audio (Noa) using AI narration. Listen to more stories on the Noa app.
print-edition|This article appears in the May 2026 print edition with the headline "Last Call for Hollis Ferry."
p|On the night Hollis Ferry voted to abolish itself, the village council chamber smelled of burnt coffee and wet wool. It had rained all afternoon, and the 40 or so residents who came to watch the final meeting kept their coats on, as if they expected to leave in a hurry.
p|The vote itself had already happened, weeks earlier, at the ballot box: 212 to 149 in favor of dissolving the village, a 190-year-old municipality of about 900 people on a bend of the Muskingum River. What remained was paperwork. The council approved the transfer of its fire truck to the surrounding township, the sale of a salt spreader, and the handover of a single filing cabinet containing the village's records back to 1951. Then the mayor, a retired high-school chemistry teacher named Dale Kessler, thanked everyone for coming and turned off the lights.
caption|Dale Kessler, the last mayor of Hollis Ferry, outside the former village hall
p|"People want this to be a sad story," Kessler told me the next morning, over breakfast at the only restaurant still open on Front Street. "It's not a sad story. It's an arithmetic story."
h2|A shrinking tax base
p|The arithmetic goes like this. Hollis Ferry's population peaked in 1960, when a glass plant on the edge of town employed more than 600 people. The plant closed in 1987. Since then, the village has lost nearly half its residents, and its income-tax receipts have fallen even faster, because those who remain are disproportionately retired.
p|By 2024, the village was spending almost a third of its general fund on a two-officer police department that, residents pointed out, spent much of its time patrolling a stretch of state highway. The water plant needed $3 million in repairs it could not finance. A state audit had flagged the village's bookkeeping three years in a row.
p|Dissolution meant that the township and county would take over. Taxes would fall slightly; services, residents hoped, would not.
caption|The former glass plant, closed since 1987, on the edge of the village
h2|"We were the government"
p|Not everyone sees it that way. Ruth Annandale, who served on the village council for 22 years, voted against dissolution and campaigned against it door to door. Her objection was not financial. It was about who decides.
p|"When the streetlight on my corner went out, I called Dale, and Dale came," she said. "Now I call a number in Zanesville and I talk to a machine. We were the government. Now we're a line item in somebody else's budget."
p|Hollis Ferry is not alone. Across the Midwest and the Northeast, dozens of small municipalities have dissolved in the past two decades, and scholars of local government expect the pace to quicken as rural populations age. Some states have made the process easier; New York, for instance, streamlined its rules in 2010, and a wave of village votes followed.
p|The consequences are hard to measure. Studies of dissolved villages have found modest savings at best, and sometimes none, once the larger governments absorb the costs. What is easier to see is what disappears: the meetings, the minutes, the small civic rituals through which people who disagree are forced to sit in the same room.
h2|After the lights went out
p|When I went back to Hollis Ferry in February, the village hall had a "For Sale" sign in the window. The township had repaved two streets, and, in a development that delighted Kessler's opponents, had not yet fixed the streetlight on Annandale's corner.
p|Kessler was unrepentant. "We didn't give up on the town," he said. "We gave up on pretending we could run it like it was 1960."
p|Annandale, for her part, has started attending township meetings, 12 miles away. She is usually the only person from Hollis Ferry in the room. She takes notes anyway, she told me, in a spiral notebook, as she always did.
author-bio|About the Author
author-bio|Caleb Munroe is a contributing writer at The Continental and the author of The Vanishing County.
author-link|Follow
gift|Give this article
subscribe|This article appears in the May 2026 issue. Read the full issue. Subscribe to The Continental.
subscribe|Subscribe
tags|Explore More Topics
tags|Ohio
tags|Local Government
tags|Rural America
related|Recommended Reading
related|The Hollowing of the American Small Town
related|Elaine Voss
related|What Happens When the Local Paper Dies
related|Marcus Trent
related|A Farm Town Bets on Broadband
related|Caleb Munroe
most-read|Most Popular
most-read|The Court's Most Consequential Term in Decades
most-read|Adam Kessling
most-read|I Tried to Live Without My Phone for a Month
most-read|Hannah Iqbal
teaser-list|The Town That Voted Itself Out of Existence
teaser-list|Caleb Munroe
magazine|In This Issue
magazine|May 2026
magazine|The Battle Over the American Map
magazine|Why We Stopped Trusting Doctors
magazine|The Last Good Summer
magazine|Explore the Issue
subscribe|Ideas that matter. Subscribe and support more than 165 years of independent journalism.
subscribe|Subscribe
footer|About
footer|Our History
footer|Careers
footer|Contact
footer|Help Center
footer|Subscription
footer|Purchase
footer|Give a Gift
footer|Manage Subscription
footer|Group Subscriptions
footer|Shop
footer|Privacy Policy
footer|Your Privacy Choices
footer|Advertising Guidelines
footer|Terms Conditions
footer|Responsible Disclosure
footer|Site Map
copyright|TheContinental.com Copyright (c) 2026 by The Continental Monthly Group. All Rights Reserved.
"""),
 dict(id="walf-senegal-style-1", site="walf-senegal-style", lang="fr", sep="\n", title="Assemblée nationale : la loi sur le statut de l'opposition adoptée au forceps", date="2026-02-10", page="""
timestamp|mardi, février 10, 2026
ticker|Dakar 31°C
social|Facebook
social|Twitter
social|YouTube
social|Instagram
social|TikTok
watch|DIAMONO TV EN DIRECT
listen|DIAMONO FM 99.0
menu|Diamono Groupe
menu|Diamono Quotidien - L'information au cœur du Sénégal
ad|PUBLICITÉ
ad|TERANGA TELECOM PRO - La fibre pour votre entreprise, à partir de 25 000 FCFA par mois
menu|ACCUEIL
menu|ACTUALITÉS
menu|POLITIQUE
menu|SOCIÉTÉ
menu|ÉCONOMIE
menu|SPORTS
menu|CULTURE
menu|INTERNATIONAL
menu|CONTRIBUTIONS
menu|DIAMONO TV
menu|DIAMONO QUOTIDIEN
search|Rechercher
breaking|À LA UNE
breaking|Tabaski 2026 : le prix du mouton déjà en hausse dans les foirails de Dakar
breaking|Kédougou : deux orpailleurs meurent dans l'effondrement d'un puits
breaking|CAN U20 : les Lionceaux fixés sur leurs adversaires
breadcrumb|Accueil
breadcrumb|Politique
section-label|Politique
h1|Assemblée nationale : la loi sur le statut de l'opposition adoptée au forceps
byline|Par Diamono
dateline|10 février 2026
comments|0
views|1 364 Vues
reading-time|Temps de lecture : 4 min
share|Facebook Twitter WhatsApp Telegram Partager par e-mail Imprimer
caption|Les députés réunis en séance plénière, lundi, à la place Soweto
credit|Photo : Diamono
p|Après plus de douze heures de débats souvent houleux, les députés ont adopté, dans la nuit du lundi 9 au mardi 10 février, le projet de loi portant statut de l'opposition et de son chef. Le texte a été voté par 118 députés, contre 27 et 3 abstentions.
p|La séance, ouverte à 10 heures à la place Soweto, a été suspendue à deux reprises à la suite d'échanges tendus entre élus de la majorité et de l'opposition parlementaire. Ces derniers dénoncent un texte « taillé sur mesure » pour écarter certaines figures de la vie politique.
h2|Le chef de l'opposition désigné par le nombre de députés
p|Le principal point de discorde porte sur le mode de désignation du chef de l'opposition. Selon la loi votée, ce statut revient au chef du parti ou de la coalition d'opposition ayant obtenu le plus grand nombre de députés lors des dernières législatives, et non plus au candidat arrivé deuxième à la présidentielle, comme le réclamaient plusieurs partis.
p|Le chef de l'opposition bénéficiera d'un rang protocolaire, d'un cabinet et d'un budget de fonctionnement fixé par décret. Il sera consulté par le président de la République sur les questions d'intérêt national, notamment en matière de défense et de politique étrangère.
read-also|LIRE AUSSI : Révision des listes électorales : la CENA alerte sur les retards dans la distribution des cartes
p|« Ce texte ne renforce pas l'opposition, il la domestique », a lancé un député non-inscrit, très applaudi dans les travées de l'opposition. Le ministre en charge des Relations avec les institutions a pour sa part défendu « une avancée démocratique attendue depuis la Constitution de 2001 ».
ad|PUBLICITÉ
ad|JAPPO PAY - Envoyez de l'argent sans frais partout au Sénégal
h2|Recours devant le Conseil constitutionnel
p|Les députés de l'opposition ont annoncé leur intention de saisir le Conseil constitutionnel dans les prochains jours. Ils estiment notamment que l'article 4 du texte, qui prévoit la perte du statut en cas de « comportement contraire à l'intérêt national », ouvre la voie à des abus.
p|Pour le juriste Mamadou Lamine Ciss, enseignant à l'université Cheikh Anta Diop, le débat dépasse le cadre partisan. « Le Sénégal attend ce statut depuis vingt-cinq ans. Mais une loi sur l'opposition adoptée sans l'opposition pose forcément un problème de légitimité », analyse-t-il.
p|Dans les couloirs de l'hémicycle, plusieurs députés de la majorité reconnaissaient toutefois, sous le couvert de l'anonymat, que le calendrier d'examen avait été « trop serré ». Le texte, adopté en commission des lois jeudi dernier, n'avait été transmis aux groupes parlementaires que quarante-huit heures avant la plénière.
p|Le texte doit désormais être promulgué par le président de la République dans un délai de quinze jours, sauf saisine du Conseil constitutionnel.
signature|Aliou NDIAYE
tags|Assemblée nationale
tags|chef de l'opposition
tags|Conseil constitutionnel
tags|Loi
share|Facebook Twitter WhatsApp Telegram Partager par e-mail Imprimer
nav|Article précédent
nav|Thiès : la gare routière fermée pour travaux pendant trois mois
nav|Article suivant
nav|Foot : le Jaraaf enchaîne une troisième victoire consécutive
related|ARTICLES SIMILAIRES
related|Dialogue national : les partis d'opposition boycottent la séance d'ouverture
related|il y a 3 jours
related|Législatives partielles : la CENA publie le calendrier
related|il y a 1 semaine
related|Fonds politiques : un député exige un audit public
related|il y a 2 semaines
comments|Laisser un commentaire
comments|Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Publier le commentaire
recent|DERNIERS ARTICLES
recent|Kaffrine : une pirogue de migrants interceptée au large de Djiffer
recent|il y a 35 minutes
recent|Prix du riz : le gouvernement maintient la baisse jusqu'en juin
recent|il y a 1 heure
recent|Contribution : « L'école sénégalaise a besoin d'un électrochoc »
recent|il y a 2 heures
most-read|LES PLUS POPULAIRES
most-read|Affaire des fonds de relance : un ancien ministre placé sous mandat de dépôt
most-read|Pluies hors saison : la météo annonce des averses sur le Sud
most-read|Lutte : le combat royal fixé au 5 avril à l'Arène nationale
ticker|HORAIRES DE PRIÈRE - DAKAR
ticker|Fajr 06:12 Dhuhr 13:45 Asr 17:03 Maghrib 19:18 Isha 20:32
newsletter|Abonnez-vous à notre newsletter
newsletter|Votre adresse e-mail
newsletter|S'abonner
footer|Diamono Groupe
footer|Diamono Quotidien, Diamono TV, Diamono FM et diamonoonline.sn : l'information au service du peuple sénégalais depuis 1994.
footer|Sicap Liberté 6, Villa n°8210, Dakar - Sénégal
footer|Tél : +221 33 800 00 00
footer|Qui sommes-nous
footer|Publicité
footer|Contact
footer|Mentions légales
copyright|© 2026 Diamono Groupe - Tous droits réservés. Réalisé par SenWeb Agency.
cookie|Ce site utilise des cookies pour améliorer votre expérience. Nous supposerons que cela vous convient, mais vous pouvez vous désinscrire si vous le souhaitez. Accepter En savoir plus
back-to-top|Retour en haut
"""),
 dict(id="walf-senegal-style-2", site="walf-senegal-style", lang="fr", sep="\n", title="Kaolack : la campagne arachidière plombée par le manque de liquidités", date="2026-01-08", page="""
timestamp|jeudi, janvier 8, 2026
ticker|Dakar 26°C
social|Facebook
social|Twitter
social|YouTube
social|Instagram
social|TikTok
watch|DIAMONO TV EN DIRECT
listen|DIAMONO FM 99.0
menu|Diamono Groupe
menu|Diamono Quotidien - L'information au cœur du Sénégal
ad|PUBLICITÉ
ad|BANQUE DU LOGEMENT DU SÉNÉGAL - Devenez propriétaire avec un crédit sur 25 ans
menu|ACCUEIL
menu|ACTUALITÉS
menu|POLITIQUE
menu|SOCIÉTÉ
menu|ÉCONOMIE
menu|SPORTS
menu|CULTURE
menu|INTERNATIONAL
menu|CONTRIBUTIONS
menu|DIAMONO TV
menu|DIAMONO QUOTIDIEN
search|Rechercher
breaking|À LA UNE
breaking|Magal de Darou Mousty : le dispositif sécuritaire renforcé
breaking|Ziguinchor : le pont de Niambalang rouvert à la circulation
breaking|Basket : la FSBB dévoile la liste des Lionnes
breadcrumb|Accueil
breadcrumb|Économie
section-label|Économie
section-label|Régions
h1|Kaolack : la campagne arachidière plombée par le manque de liquidités
byline|Par Diamono
dateline|8 janvier 2026
comments|2
views|947 Vues
reading-time|Temps de lecture : 3 min
share|Facebook Twitter WhatsApp Telegram Partager par e-mail Imprimer
caption|Des sacs d'arachide entreposés dans un point de collecte de Ndoffane
credit|Photo : DR
dateline|KAOLACK (Correspondance) -
p|Deux mois après le lancement officiel de la campagne de commercialisation de l'arachide, les producteurs du bassin arachidier ne cachent plus leur colère. Dans plusieurs points de collecte de la région de Kaolack, les graines s'entassent faute d'acheteurs solvables, tandis que les bons impayés se multiplient.
p|À Ndoffane, à une vingtaine de kilomètres de la capitale du Saloum, Modou Faye, producteur et président d'un groupement de 140 membres, montre des piles de sacs recouverts de bâches. « Nous avons livré plus de 80 tonnes aux opérateurs privés stockeurs depuis le début de décembre. À ce jour, nous n'avons perçu que le tiers. Les gens ont des dettes, ils doivent payer la scolarité des enfants », explique-t-il.
h2|Les opérateurs accusent les banques
p|Du côté des opérateurs privés stockeurs, on renvoie la balle aux institutions financières. « Les banques ont débloqué les crédits de campagne avec plus d'un mois de retard. Nous ne pouvons pas payer ce que nous n'avons pas encore reçu », justifie un opérateur basé à Kaolack, qui a requis l'anonymat.
p|Le prix plancher, fixé cette année à 305 francs CFA le kilogramme par le Comité national interprofessionnel de l'arachide, n'est par ailleurs pas toujours respecté. Dans certains marchés hebdomadaires, des intermédiaires proposent 250, voire 230 francs, payés comptant. Une offre à laquelle de nombreux paysans, pressés par le besoin, finissent par céder.
read-also|LIRE AUSSI : Exportations d'arachide : le gouvernement maintient la taxe de 40 francs par kilo
ad|PUBLICITÉ
h2|Les huiliers en attente
p|Les unités industrielles de la zone, elles, tournent au ralenti. À l'huilerie de la zone industrielle de Kaolack, un responsable syndical indique que les stocks réceptionnés « ne permettent pas encore de démarrer la trituration à plein régime ». Plusieurs centaines de saisonniers attendent toujours d'être rappelés.
p|Face à la grogne, le gouverneur de la région a réuni mardi les différents acteurs de la filière. À l'issue de la rencontre, il a annoncé la mise en place d'un comité de suivi hebdomadaire et assuré que les arriérés de paiement seraient apurés « avant la fin du mois de janvier ».
p|Pour sa part, la direction régionale du Développement rural affirme avoir recensé un peu plus de 41 000 tonnes collectées dans la région depuis l'ouverture de la campagne, soit moins de la moitié des prévisions. Une partie de la production serait partie vers les pays voisins, où les acheteurs paient comptant et à meilleur prix.
p|Les producteurs restent sceptiques. « Chaque année, c'est la même chanson. On nous promet, et on attend », soupire Modou Faye. Plusieurs organisations paysannes appellent à un sit-in devant la gouvernance le 15 janvier si rien ne change d'ici là.
signature|Abdou Karim SALL (Correspondant)
tags|Arachide
tags|Campagne de commercialisation
tags|Kaolack
tags|OPS
share|Facebook Twitter WhatsApp Telegram Partager par e-mail Imprimer
nav|Article précédent
nav|Contribution : « Pour une vraie politique de l'eau en milieu rural »
nav|Article suivant
nav|Thiès : un réseau de faussaires démantelé par la Sûreté urbaine
related|ARTICLES SIMILAIRES
related|Campagne agricole : le ministre promet des semences certifiées en quantité
related|il y a 5 jours
related|Kaffrine : les producteurs de mil réclament des magasins de stockage
related|il y a 2 semaines
related|Huilerie du Saloum : une nouvelle direction générale nommée
related|il y a 3 semaines
comments|2 commentaires
comments|Ibrahima
comments|8 janvier 2026 à 11 h 42 min
comments|Le problème c'est toujours le paiement. L'État doit garantir les bons des paysans.
comments|Répondre
comments|Ndeye Coumba
comments|8 janvier 2026 à 14 h 05 min
comments|À Nioro c'est pareil, les gens vendent à perte au louma.
comments|Répondre
comments|Laisser un commentaire
comments|Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Publier le commentaire
recent|DERNIERS ARTICLES
recent|Grève des enseignants : le G7 dépose un nouveau préavis
recent|il y a 20 minutes
recent|Mbour : un conducteur de moto Jakarta tué dans une collision
recent|il y a 2 heures
recent|Contribution : « Le franc CFA, le débat qu'on ne peut plus esquiver »
recent|il y a 3 heures
most-read|LES PLUS POPULAIRES
most-read|Baccalauréat 2026 : le calendrier des examens publié
most-read|Médina Baye : la Gamou attire des milliers de fidèles
most-read|Affaire des terres de Keur Madiop : le verdict attendu jeudi
ticker|HORAIRES DE PRIÈRE - DAKAR
ticker|Fajr 06:17 Dhuhr 13:31 Asr 16:40 Maghrib 19:06 Isha 20:21
newsletter|Abonnez-vous à notre newsletter
newsletter|Votre adresse e-mail
newsletter|S'abonner
footer|Diamono Groupe
footer|Diamono Quotidien, Diamono TV, Diamono FM et diamonoonline.sn : l'information au service du peuple sénégalais depuis 1994.
footer|Sicap Liberté 6, Villa n°8210, Dakar - Sénégal
footer|Tél : +221 33 800 00 00
footer|Qui sommes-nous
footer|Publicité
footer|Contact
footer|Mentions légales
copyright|© 2026 Diamono Groupe - Tous droits réservés. Réalisé par SenWeb Agency.
cookie|Ce site utilise des cookies pour améliorer votre expérience. Nous supposerons que cela vous convient, mais vous pouvez vous désinscrire si vous le souhaitez. Accepter En savoir plus
back-to-top|Retour en haut
"""),
 dict(id="channel-news-asia-style-1", site="channel-news-asia-style", lang="en", sep="\n", title="NEA to trial AI cameras to catch high-rise littering at 500 HDB blocks", date="2026-01-22", page="""
skip-link|Skip to main content
menu|MNA
menu|Singapore
menu|Asia
menu|East Asia
menu|World
menu|Commentary
menu|MNA Insider
menu|Business
menu|Sport
menu|Lifestyle
menu|Interactives
watch|Watch
listen|Listen
watch|Live TV
listen|MNA 938
search|Search
account|Sign In
trending|Trending Topics
trending|Budget 2026
trending|GE2025
trending|US tariffs
trending|COE prices
trending|Johor-Singapore RTS Link
ad|Advertisement
section-label|Singapore
h1|NEA to trial AI cameras to catch high-rise littering at 500 HDB blocks
lead|The cameras will flag suspected littering incidents automatically, but every case will still be reviewed by an officer before any enforcement action is taken, said the agency.
caption|A National Environment Agency camera mounted at an HDB block in Tampines on Jan 21, 2026. (Photo: MNA/Gavin Teo)
byline|Nur Syahirah Rahmat
dateline|22 Jan 2026 06:00AM
dateline|(Updated: 22 Jan 2026 09:47AM)
save|Bookmark
save|Bookmark
share|Share
share|WhatsApp
share|Telegram
share|Facebook
share|Twitter
share|Email
share|LinkedIn
summary|Read a summary of this article on FAST.
summary|Get bite-sized news via a new cards interface. Give it a try.
summary|Click here to return to FAST Tap here to return to FAST
listen|Listen to this article
listen|This audio is generated by an AI tool.
listen|00:00 / 03:58
listen|Playback speed 1x
p|SINGAPORE: The National Environment Agency (NEA) will trial cameras that use artificial intelligence to detect high-rise littering at about 500 Housing Board blocks from March, as complaints about items thrown from height remain stubbornly high.
p|The one-year trial will cover blocks in Tampines, Jurong West, Woodlands and Ang Mo Kio, where the agency has received the most feedback over the past three years, NEA said in a media release on Thursday (Jan 22).
p|Unlike the surveillance cameras currently deployed, which record continuously and require officers to review hours of footage, the new system analyses video on the spot and flags only clips in which an object appears to fall from a unit.
ad|Advertisement
p|"This will allow our officers to focus their time on investigation rather than on watching footage," said Mr Lim Kok Wah, NEA's director of environmental public health operations.
p|He stressed that the cameras would be angled to capture the facade of each block and not the interior of homes, and that footage not linked to a suspected offence would be deleted automatically after 30 days.
related-inline|Related:
related-inline|Man fined S$6,000 for throwing bottles and food waste from 12th-floor flat
related-inline|Commentary: Killer litter is not just a nuisance. It is a crime of indifference
h2|RISING NUMBER OF CASES
p|NEA received about 2,900 pieces of feedback on high-rise littering in 2025, up from about 2,400 the year before. The most common items reported were cigarette butts, food waste, tissue paper and plastic bags.
p|Objects thrown from height can cause serious injuries or death, and offenders can be prosecuted under the Penal Code in addition to the Environmental Public Health Act.
p|First-time offenders face a fine of up to S$2,000. Repeat offenders can be fined up to S$10,000 and may be issued a Corrective Work Order, requiring them to clean public areas.
ad|Advertisement
h2|PRIVACY CONCERNS
p|Some residents welcomed the move. "Every week there's something on the corridor outside my flat, last month it was a whole packet of chicken rice," said Madam Tan, 64, who lives on the fourth floor of a block in Tampines Street 81.
p|Others were more cautious. Mr Arjun Menon, 38, a Jurong West resident, said he supported stronger enforcement but wanted more clarity on how the data would be stored. "Nobody wants litterbugs, but I want to know who is looking at these videos," he said.
p|Member of Parliament for Tampines GRC Ms Carrie Tan-Wong said the agency should be transparent about the accuracy of the system. "If the camera flags the wrong unit, that can cause a lot of distress between neighbours," she said.
p|NEA said it would publish the results of the trial and consult residents before deciding whether to extend the system islandwide.
signature|Source: MNA/ns(mi)
topics|Related Topics
topics|NEA
topics|littering
topics|HDB
topics|artificial intelligence
ad|Advertisement
teaser-list|Also worth reading
teaser-list|Singapore
teaser-list|Woman jailed for hurling flower pots from HDB flat during dispute with neighbour
teaser-list|Singapore
teaser-list|More void decks to get smart bins that alert cleaners when full
teaser-list|Commentary
teaser-list|Commentary: Why Singaporeans still tolerate littering in their own estates
teaser-list|Asia
teaser-list|Malaysian state to fine residents who fail to separate recyclables
ad|Content is loading...
newsletter|Newsletter
newsletter|Get our pick of top stories and thought-provoking articles in your inbox
newsletter|Subscribe here
push|Get the MNA app
push|Stay updated with notifications for breaking news and our best stories
push|Download here
whatsapp|Get WhatsApp alerts
whatsapp|Join our channel for the top reads for the day on your preferred chat app
whatsapp|Join here
footer|About Us
footer|Advertise with Us
footer|Careers
footer|Contact Us
footer|Feedback
footer|Help
footer|Terms & Conditions
footer|Privacy Policy
footer|Community Guidelines
footer|Sitemap
social|Follow us: Facebook Instagram TikTok Twitter YouTube LinkedIn Telegram WhatsApp
copyright|Copyright© Straitcorp 2026. Straitcorp Pte Ltd. All rights reserved.
"""),
 dict(id="channel-news-asia-style-2", site="channel-news-asia-style", lang="en", sep="\n", title="Chiang Mai schools shift online as haze pushes air quality to hazardous levels", date="2026-03-12", page="""
skip-link|Skip to main content
menu|MNA
menu|Singapore
menu|Asia
menu|East Asia
menu|World
menu|Commentary
menu|MNA Insider
menu|Business
menu|Sport
menu|Lifestyle
menu|Interactives
watch|Watch
listen|Listen
watch|Live TV
listen|MNA 938
search|Search
account|Sign In
trending|Trending Topics
trending|Haze
trending|Thailand politics
trending|Myanmar
trending|US tariffs
trending|Bird flu
ad|Advertisement
section-label|Asia
h1|Chiang Mai schools shift online as haze pushes air quality to hazardous levels
lead|Hospitals in northern Thailand reported a sharp rise in respiratory cases, while authorities said satellite data showed more than 4,000 hotspots across the region on Wednesday.
caption|Tourists walk near Tha Phae Gate in Chiang Mai, Thailand, as smog blankets the old city on Mar 11, 2026. (Photo: Reuters/Napat Wongsa)
dateline|12 Mar 2026 02:15PM
save|Bookmark
save|Bookmark
share|Share
share|WhatsApp
share|Telegram
share|Facebook
share|Twitter
share|Email
share|LinkedIn
summary|Read a summary of this article on FAST.
summary|Get bite-sized news via a new cards interface. Give it a try.
summary|Click here to return to FAST Tap here to return to FAST
listen|Listen to this article
listen|This audio is generated by an AI tool.
listen|00:00 / 03:21
listen|Playback speed 1x
p|BANGKOK: Schools across Chiang Mai province were ordered to move classes online for the rest of the week on Thursday (Mar 12), as thick haze from forest fires and crop burning pushed air pollution in Thailand's northern tourist hub to hazardous levels.
p|Concentrations of PM2.5, fine particles that can penetrate deep into the lungs, reached more than 280 micrograms per cubic metre in parts of the city on Thursday morning, according to the Pollution Control Department, over 15 times the World Health Organization's recommended 24-hour limit.
p|The provincial governor said about 1,200 schools would switch to remote learning until Monday, and urged government offices to allow staff to work from home where possible.
ad|Advertisement
video|Watch: Smog blankets northern Thailand as fire season peaks
video|01:42
p|"We are asking people, especially children, the elderly and pregnant women, to stay indoors and wear N95 masks if they must go outside," the governor told reporters.
p|Hospitals in Chiang Mai and neighbouring Lamphun and Chiang Rai provinces reported a surge in patients with respiratory and eye problems. The provincial health office said it had recorded more than 22,000 such cases in the first week of March alone.
related-inline|Related:
related-inline|Thailand bans sugarcane burning near cities in bid to curb PM2.5
related-inline|Commentary: Southeast Asia's haze is a regional problem that needs regional money
h2|CROSS-BORDER FIRES
p|Satellite data from Thailand's space agency showed more than 4,000 hotspots in the upper Mekong region on Wednesday, many of them in neighbouring Myanmar and Laos, where farmers clear fields by burning ahead of the planting season.
p|Thai officials have for years complained that smoke from across the border contributes significantly to the northern haze. Prime Minister's Office spokesman Karn Sirivong said Bangkok had asked both neighbours to step up enforcement and would raise the issue at an ASEAN environment ministers' meeting later this month.
embed-blocked|This content is blocked by your cookie preferences. To view it, please update your cookie settings.
ad|Advertisement
p|Environmental groups, however, say domestic burning remains a major source. They point to corn plantations in the northern highlands that supply the animal feed industry, and say a law passed last year to regulate clean air has yet to be properly enforced.
p|"Every year we see the same images, the same school closures and the same promises," said Pimchanok Saelee of the Chiang Mai-based Breathe North network. "The law is there. What is missing is the will to go after the companies at the top of the supply chain."
h2|TOURISM HIT
p|The haze has also dealt a blow to tourism at what is normally a busy time of year. Several airlines reported delays at Chiang Mai International Airport on Wednesday because of poor visibility, and hotel operators said cancellations had risen sharply.
p|The Tourism Authority of Thailand said it was monitoring the situation and encouraged visitors to check air quality readings before travelling.
p|Weather forecasters expect some relief from next week, when stronger winds and scattered thunderstorms are forecast over the north.
signature|Source: Reuters/AFP/fs
topics|Related Topics
topics|Thailand
topics|haze
topics|air pollution
topics|Chiang Mai
ad|Advertisement
teaser-list|Also worth reading
teaser-list|Asia
teaser-list|Thai tourism body cuts 2026 arrivals forecast on weak Chinese demand
teaser-list|Singapore
teaser-list|Haze unlikely to affect Singapore in coming weeks, says MSS
teaser-list|Asia
teaser-list|Indonesia deploys water-bombing helicopters as Riau fires spread
teaser-list|Commentary
teaser-list|Commentary: Masks and air purifiers are not a climate policy
ad|Content is loading...
newsletter|Newsletter
newsletter|Get our pick of top stories and thought-provoking articles in your inbox
newsletter|Subscribe here
push|Get the MNA app
push|Stay updated with notifications for breaking news and our best stories
push|Download here
whatsapp|Get WhatsApp alerts
whatsapp|Join our channel for the top reads for the day on your preferred chat app
whatsapp|Join here
footer|About Us
footer|Advertise with Us
footer|Careers
footer|Contact Us
footer|Feedback
footer|Help
footer|Terms & Conditions
footer|Privacy Policy
footer|Community Guidelines
footer|Sitemap
social|Follow us: Facebook Instagram TikTok Twitter YouTube LinkedIn Telegram WhatsApp
copyright|Copyright© Straitcorp 2026. Straitcorp Pte Ltd. All rights reserved.
"""),
]
