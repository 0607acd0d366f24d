# Round 75: eight pages on four more layouts (a British public broadcaster's French-language Africa service, a US
# news agency's own website, a Senegalese news portal with many comments, a Kenyan business daily's site), written
# blind: without looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text".
# Invented text; no real article is copied.
ROUND75 = [
 dict(id="bbc-afrique-style-1", site="bbc-afrique-style", lang="fr", sep="\n", title="Côte d'Ivoire : les planteurs de cacao face au casse-tête d'un prix garanti record", date="2026-02-18", page="""
skip-link|Aller au contenu
menu|CBI News, Afrique
menu|Accueil
menu|Afrique
menu|Monde
menu|Economie
menu|Santé
menu|Sport
menu|Culture
menu|Vidéos
menu|Le Monde en images
h1|Côte d'Ivoire : les planteurs de cacao face au casse-tête d'un prix garanti record
a11y|Article Informations
byline-label|Auteur,
byline|Mariam Kaboré
byline-label|Rôle,
byline|CBI Afrique
byline-label|Reportage depuis,
byline|Soubré
dateline|18 février 2026
reading-time|Temps de lecture: 5 min
credit|Crédit photo, Getty Images
caption|Légende image, Un planteur fait sécher des fèves de cacao devant sa maison, près de Soubré, en janvier 2026.
p|À Soubré, dans le sud-ouest de la Côte d'Ivoire, Koffi N'Guessan compte ses sacs de fèves avec un sourire fatigué. Le prix garanti de 2 900 francs CFA le kilo, fixé pour la campagne intermédiaire, n'a jamais été aussi élevé. Mais ses champs, eux, n'ont jamais autant souffert.
p|« Avant, sur mes quatre hectares, je faisais presque trois tonnes. Cette année, je n'arrive même pas à deux », explique ce planteur de 52 ans, en montrant des cabosses noircies par la pourriture brune. « Le prix est bon, mais qu'est-ce que je vends si je n'ai rien à récolter ? »
p|Premier producteur mondial de cacao, la Côte d'Ivoire assure à elle seule près de 40 % de l'offre de la planète. Depuis deux ans, la flambée des cours internationaux, provoquée par de mauvaises récoltes en Afrique de l'Ouest, a permis au gouvernement de relever à plusieurs reprises le prix payé aux producteurs.
read-also|Lire aussi :
read-also|Cacao : pourquoi le chocolat coûte de plus en plus cher
read-also|Ghana : les contrebandiers de cacao qui traversent la frontière la nuit
read-also|Au Cameroun, des jeunes reviennent à la terre grâce au café
h2|Des vergers vieillissants
p|Le problème est ailleurs, selon les agronomes. Une grande partie des cacaoyers ivoiriens ont plus de trente ans et produisent de moins en moins. Le virus du swollen shoot, qui fait gonfler les tiges et finit par tuer l'arbre, continue de se propager dans plusieurs régions.
p|« On ne peut pas soigner un arbre atteint par le swollen shoot. Il faut l'arracher et replanter, et un nouveau cacaoyer met au moins trois ans avant de donner », rappelle Adama Coulibaly, chercheur en agronomie à Abidjan.
p|Or, pour beaucoup de petits producteurs, arracher des arbres qui donnent encore un peu revient à renoncer à plusieurs années de revenus. Le programme public de replantation, qui fournit des plants améliorés, peine à suivre la demande.
whatsapp|Passer Whatsapp et continuer la lecture
whatsapp|Suivez-nous sur WhatsApp
whatsapp|Recevez les dernières informations de CBI Afrique directement sur votre téléphone.
whatsapp|Cliquez ici pour vous abonner
whatsapp|Fin de Whatsapp
h2|La tentation de l'or et de l'hévéa
p|Dans certains villages, le découragement pousse des familles à se tourner vers d'autres activités. Autour de Soubré, des parcelles de cacao ont été vendues à des orpailleurs clandestins, tandis que d'autres planteurs remplacent leurs cacaoyers par de l'hévéa, jugé moins exigeant.
p|Les autorités s'en inquiètent. Le Conseil du café-cacao, l'organisme public qui régule la filière, a annoncé en janvier un renforcement des contrôles contre l'orpaillage illégal dans les zones de production, ainsi qu'une enveloppe supplémentaire pour la distribution d'engrais.
p|Pour Koffi N'Guessan, ces annonces restent lointaines. « Les engrais arrivent souvent quand la saison est déjà avancée. Et il faut payer le transport jusqu'au village », dit-il.
video|Vidéo,
video|Titre, Comment la crise du cacao touche les chocolatiers d'Abidjan
video|Durée de la vidéo, 3,12
video|03:12
video|Légende vidéo, Comment la crise du cacao touche les chocolatiers d'Abidjan
h2|Des acheteurs sous pression
p|Les coopératives, elles, se plaignent d'un autre problème : le manque de liquidités. Avec des prix aussi élevés, il leur faut beaucoup plus d'argent pour acheter la même quantité de fèves, et certaines banques hésitent à les financer.
p|« Quand la coopérative ne peut pas payer tout de suite, le planteur est tenté de vendre au pisteur qui arrive avec du cash, même en dessous du prix officiel », explique une responsable de coopérative de la région de la Nawa, qui a requis l'anonymat.
p|Malgré ces difficultés, le gouvernement se veut optimiste et table sur une reprise de la production dès la prochaine grande campagne, à condition que la pluviométrie soit favorable.
p|En attendant, sous le hangar de Koffi N'Guessan, les sacs de jute attendent l'acheteur. « Mon père a planté ces arbres. Je ne veux pas être celui qui les abandonne », souffle-t-il.
topics|Sujets liés
topics|Côte d'Ivoire
topics|Agriculture
topics|Afrique de l'Ouest
topics|Economie
related|Plus sur ce sujet
related|Cacao : le Ghana et la Côte d'Ivoire veulent parler d'une seule voix
related|12 janvier 2026
related|Pourquoi le prix du chocolat pourrait encore augmenter
related|3 novembre 2025
teaser-list|Articles à la une
teaser-list|Soudan : des milliers de déplacés arrivent à Tawila après de nouveaux combats
teaser-list|Il y a 4 heures
teaser-list|Mondial 2026 : la liste des Lions de la Teranga dévoilée
teaser-list|Il y a 6 heures
teaser-list|Pourquoi des jeunes Nigérians se ruent sur les cryptomonnaies
teaser-list|Il y a 1 jour
most-read|Passer Les plus lus et continuer la lecture
most-read|Les plus lus
most-read|1
most-read|Le village malien où les femmes ont repris le contrôle des puits
most-read|2
most-read|Qu'est-ce que la dengue et comment s'en protéger ?
most-read|3
teaser-list|Côte d'Ivoire : les planteurs de cacao face au casse-tête d'un prix garanti record
most-read|4
most-read|Cinq aliments qui aident à mieux dormir
most-read|5
most-read|Kenya : la ville qui interdit les sacs plastiques depuis dix ans
most-read|Fin de Les plus lus
footer|CBI News, Afrique
footer|Pourquoi vous pouvez faire confiance à CBI News
footer|Conditions d'utilisation
footer|À propos de CBI
footer|Politique de confidentialité
footer|Cookies
footer|Contactez CBI
footer|Do not share or sell my info
copyright|© 2026 CBI. CBI n'est pas responsable du contenu des sites externes. Découvrez notre approche en matière de liens externes.
"""),
 dict(id="bbc-afrique-style-2", site="bbc-afrique-style", lang="fr", sep="\n", title="Bénin : ce qu'il faut savoir sur la nouvelle carte d'identité biométrique obligatoire", date="2026-04-07", page="""
skip-link|Aller au contenu
menu|CBI News, Afrique
menu|Accueil · Afrique · Monde · Economie · Santé · Sport · Culture · Vidéos · Le Monde en images
watch|Regarder le journal de 20h de CBI Afrique
h1|Bénin : ce qu'il faut savoir sur la nouvelle carte d'identité biométrique obligatoire
a11y|Article Informations
byline|Auteur, Rodrigue Hounkpatin
byline|Rôle, Journaliste, CBI Afrique
dateline|7 avril 2026
dateline|Mis à jour Il y a 2 heures
reading-time|Temps de lecture: 4 min
credit|Crédit photo, AFP via Getty Images
caption|Légende image, Des habitants font la queue devant un centre d'enrôlement à Cotonou, le 2 avril 2026.
lead|À partir du 1er juillet, les Béninois devront présenter la nouvelle carte d'identité biométrique pour de nombreuses démarches, de l'ouverture d'un compte bancaire à l'inscription à un examen. Mais dans les centres d'enrôlement, l'affluence et les coupures de réseau compliquent la tâche.
p|Depuis le début du mois de mars, les files d'attente s'allongent devant les antennes de l'Agence nationale d'identification des personnes. Certains arrivent dès quatre heures du matin pour espérer obtenir un rendez-vous. CBI Afrique fait le point sur ce qui change.
h2|Qu'est-ce que cette nouvelle carte ?
p|Il s'agit d'une carte au format carte bancaire, dotée d'une puce électronique qui contient la photo, les empreintes digitales et le numéro personnel d'identification de son titulaire. Elle remplace progressivement l'ancienne carte d'identité et le certificat d'identification personnelle délivré depuis 2021.
p|Selon les autorités, elle doit permettre de lutter contre la fraude documentaire et de faciliter l'accès aux services publics en ligne.
read-also|Lire aussi :
read-also|Togo : la carte d'identité numérique divise les commerçants de Lomé
read-also|Afrique de l'Ouest : les passeports biométriques, un casse-tête pour les voyageurs
h2|Qui doit la demander, et comment ?
p|Tous les Béninois âgés de 15 ans et plus, qu'ils résident au Bénin ou à l'étranger, sont concernés. Pour l'obtenir, il faut :
li|disposer d'un numéro personnel d'identification, attribué lors du recensement à vocation d'état civil ;
li|prendre rendez-vous en ligne ou par un code USSD depuis un téléphone mobile ;
li|se présenter au centre choisi avec son acte de naissance ou son ancien certificat ;
li|payer les frais de 2 500 francs CFA par mobile money ou au guichet.
p|La carte est ensuite délivrée dans un délai annoncé de dix jours ouvrables, et un SMS prévient le demandeur lorsqu'elle est prête.
video|Vidéo,
video|Titre, « J'ai attendu trois jours » : à Cotonou, la course à la carte biométrique
video|Durée de la vidéo, 1,58
video|01:58
video|Légende vidéo, À Cotonou, la course à la carte biométrique
h2|Pourquoi les délais s'allongent
p|Sur le terrain, la réalité est souvent différente. À Abomey-Calavi, dans la banlieue de Cotonou, plusieurs demandeurs rencontrés par CBI Afrique disent attendre leur carte depuis plus d'un mois.
p|« On nous dit que le système est en panne, que le réseau ne passe pas. Je suis venu quatre fois », raconte Fidèle Agossou, un conducteur de taxi-moto qui a besoin de la carte pour renouveler son permis.
p|L'agence reconnaît des « difficultés ponctuelles » liées à l'afflux de demandes et aux coupures d'électricité, et annonce l'ouverture de vingt centres supplémentaires et de permanences le samedi jusqu'à la fin du mois de juin.
h2|Et ceux qui n'ont pas d'acte de naissance ?
p|C'est l'une des principales inquiétudes des organisations de la société civile. Dans les zones rurales du nord du pays, une partie de la population n'a jamais été déclarée à l'état civil.
p|« Si on exige la carte pour tout, ceux qui n'ont pas de papiers seront encore plus exclus, notamment pour l'accès à l'école ou aux soins », avertit une juriste d'une association de défense des droits humains basée à Parakou.
p|Le gouvernement assure que des audiences foraines, ces tribunaux mobiles qui délivrent des jugements supplétifs d'acte de naissance, seront organisées dans les communes les plus touchées avant la date butoir.
whatsapp|Passer Whatsapp et continuer la lecture
whatsapp|Suivez-nous sur WhatsApp
whatsapp|Recevez les dernières informations de CBI Afrique directement sur votre téléphone.
whatsapp|Cliquez ici pour vous abonner
whatsapp|Fin de Whatsapp
topics|Sujets liés
topics|Bénin
topics|Technologie
topics|Droits humains
related|Plus sur ce sujet
related|Bénin : ce que l'on sait du nouveau code électoral
related|19 février 2026
related|Pourquoi tant d'Africains n'ont pas d'acte de naissance
related|8 août 2025
video|Vidéos à la une
video|Regarder : le marché de Dantokpa vu du ciel
video|Durée de la vidéo 2,05
video|Regarder : ces femmes qui réparent des téléphones à Lomé
video|Durée de la vidéo 3,40
most-read|Passer Les plus lus et continuer la lecture
most-read|Les plus lus
most-read|1
most-read|Qu'est-ce que le syndrome des ovaires polykystiques ?
most-read|2
most-read|Mali : la pénurie de carburant paralyse Bamako
most-read|3
most-read|Les dix pays africains les plus endettés
most-read|Fin de Les plus lus
footer|CBI News, Afrique
footer|Pourquoi vous pouvez faire confiance à CBI News
footer|Conditions d'utilisation
footer|À propos de CBI
footer|Politique de confidentialité
footer|Cookies
footer|Contactez CBI
footer|Do not share or sell my info
copyright|© 2026 CBI. CBI n'est pas responsable du contenu des sites externes. Découvrez notre approche en matière de liens externes.
"""),
 dict(id="ap-news-style-1", site="ap-news-style", lang="en", sep="\n", title="Judge blocks Labor Department rule that would end overtime pay for many home health aides", date="2026-02-06", page="""
skip-link|Skip to main content
logo|NW Logo
menu|Menu
menu|World
menu|U.S.
menu|Politics
menu|Sports
menu|Entertainment
menu|Business
menu|Science
menu|Fact Check
menu|Oddities
menu|Be Well
menu|Newsletters
menu|Photography
menu|Climate
menu|Health
menu|Tech
menu|Lifestyle
menu|Religion
menu|Press Releases
menu|My Account
search|Search Query
search|Submit Search
search|Show Search
trending|Trending News
trending|Winter Olympics
trending|Government funding
trending|Super Bowl
trending|Measles outbreak
trending|Tariffs
donate|Donate
h1|Judge blocks Labor Department rule that would end overtime pay for many home health aides
byline|By REBECCA SANTOS and DAVID O'HARA
dateline|Updated 6:42 PM EST, February 6, 2026
share|Share
share|Copy
share|Link copied
share|Email
share|Facebook
share|X
share|Reddit
share|LinkedIn
share|Pinterest
share|Flipboard
print|Print
gallery|1 of 3
caption-credit|Home health aide Marisol Pena helps a client with her morning exercises in Philadelphia, Jan. 21, 2026. (NW Photo/Matt Rourke, File)
expand|Read More
gallery|2 of 3
caption-credit|Demonstrators gather outside the Department of Labor in Washington, Nov. 12, 2025, to protest the proposed rule. (NW Photo/Jacquelyn Martin, File)
gallery|3 of 3
caption-credit|The federal courthouse in Baltimore is seen on Thursday, Feb. 5, 2026. (NW Photo/Stephanie Scarbrough)
p|WASHINGTON (NW) — A federal judge on Friday temporarily blocked a Labor Department rule that would have stripped overtime and minimum wage protections from hundreds of thousands of home health aides who are employed by staffing agencies, siding with a coalition of states and unions that sued over the change.
p|U.S. District Judge Helen Marsh in Baltimore wrote that the department had likely failed to justify reversing a regulation that had been in place for more than a decade, and that workers would suffer "immediate and concrete harm" if the rule took effect as planned on March 1.
ad|ADVERTISEMENT
p|The rule, finalized in December, would have restored an exemption that once treated aides who help older and disabled people bathe, dress and eat at home as "companions," similar to babysitters, rather than as employees entitled to time-and-a-half pay for hours beyond 40 a week.
p|Labor Department officials have argued that the change would lower costs for families and for state Medicaid programs, which pay for much of the country's home care, and would allow aides to work longer shifts with a single client.
related|RELATED COVERAGE
related|Home care workers are in short supply. Families are stepping in, at a cost
related|States brace for Medicaid cuts as lawmakers debate budget
related|What to know about the new federal rules on overtime pay
p|"This decision puts bureaucrats between families and the caregivers they trust," department spokesperson Kevin Doyle said in a statement. He said the administration would appeal.
p|The lawsuit was filed in January by 17 states and the District of Columbia, along with two unions that represent home care workers. They argued that aides, most of whom are women and many of whom are immigrants, earn a median of about $17 an hour and often work more than 50 hours a week for several clients.
ad|ADVERTISEMENT
p|"These are people doing some of the hardest work in this country," said Maryland Attorney General Andrew Pike, whose office led the suit. "They were promised overtime pay, and today a court said that promise still stands."
p|Marsh's order applies nationwide while the case proceeds. In a 38-page opinion, she noted that the department had acknowledged in its own analysis that aides would lose between $600 million and $1.1 billion a year in wages, but said it had not explained why those losses were outweighed by the expected savings.
p|Industry groups were divided. An association representing large home care franchises welcomed the rule when it was announced, saying overtime costs had forced agencies to cap aides' hours and hire more part-time staff. Smaller agencies and some disability advocates said they worried that the change would make it even harder to recruit workers in an industry that already struggles with high turnover.
ad|ADVERTISEMENT
p|Demand for home care is growing quickly as the baby boom generation ages. The Bureau of Labor Statistics projects the number of home health and personal care aide jobs will grow by more than 800,000 over the next decade, faster than almost any other occupation.
p|For Marisol Pena, a 44-year-old aide in Philadelphia who cares for three clients, the ruling brought relief. "If they take away the overtime, I have to find another job on top of this one," she said. "And then who takes care of Mrs. Alvarez on the weekends?"
p|The department has 60 days to file an appeal with the 4th U.S. Circuit Court of Appeals.
separator|___
signature|National Wire writer Lindsay Whitfield in Philadelphia contributed to this report.
author-bio|REBECCA SANTOS
author-bio|Santos covers labor and workplace issues for The National Wire. She is based in Washington.
author-bio|DAVID O'HARA
author-bio|O'Hara covers federal courts for The National Wire.
author-link|twitter
author-link|mailto
newsletter|The Morning Wire
newsletter|The most important news of the day, in your inbox before 7 a.m.
newsletter|Enter your email
newsletter|Subscribe
newsletter|By subscribing, I agree to the Terms of Use and Privacy Policy.
promo|Add NW News as a preferred source on Google
most-read|Most Read
most-read|Storm dumps more than a foot of snow across upper Midwest, snarling travel
most-read|Measles cases climb to 412 as outbreak spreads to a third state
most-read|Why egg prices are falling again
most-read|A 97-year-old veteran finally gets his high school diploma
sponsored|Ad Content
sponsored|Seniors Born Before 1965 Are Getting A Surprise Break On Car Insurance
sponsored|The Smartest Way To Pay Off Debt In 2026 (It's Not What You Think)
footer|The National Wire is an independent global news organization dedicated to factual reporting. Founded in 1851, NW today remains the most trusted source of fast, accurate, unbiased news in all formats.
footer|nationalwire.org
footer|Careers
footer|Advertise with us
footer|Contact Us
footer|Accessibility Statement
footer|Terms of Use
footer|Privacy Policy
cookie|Cookie Settings
footer|Do Not Sell or Share My Personal Information
footer|Limit Use and Disclosure of Sensitive Personal Information
footer|CA Notice of Collection
footer|More From NW News
footer|About
footer|NW News Values and Principles
footer|NW's Role in Elections
footer|NW Stylebook
copyright|Copyright 2026 The National Wire. All Rights Reserved.
"""),
 dict(id="ap-news-style-2", site="ap-news-style", lang="en", sep="\n", title="Spain braces for eclipse crowds as hotels in the path of totality sell out", date="2026-08-10", page="""
skip-link|Skip to main content
logo|NW Logo
menu|Menu
menu|World · U.S. · Politics · Sports · Entertainment · Business · Science · Fact Check · Oddities · Be Well · Newsletters · Photography
account|Sign in
search|Search Query
search|Submit Search
trending|Trending News
trending|Solar eclipse
trending|Wildfires
trending|Hurricane season
trending|US Open
donate|Donate
section-label|Science
h1|Spain braces for eclipse crowds as hotels in the path of totality sell out
byline|By JAVIER MORENO and ELENA RUIZ
dateline|Updated 4:15 AM EDT, August 10, 2026
share|Share
share|Copy
share|Link copied
share|Email
share|Facebook
share|X
share|Reddit
share|LinkedIn
share|Flipboard
print|Print
lang-switch|Leer en español
video|Scientists and tourism officials in Spain are preparing for the first total solar eclipse visible from mainland Europe in decades. (Aug. 9)
video|0:58
p|BURGOS, Spain (NW) — Hotel rooms are gone, rental cars are scarce and farmers on the high plains of northern Spain are renting out their fields to campers as the country prepares for its first total solar eclipse in more than a century on Wednesday.
p|The moon will completely cover the sun for up to about a minute and 45 seconds along a narrow band that crosses the Atlantic, brushes Iceland and then sweeps over northern Spain in the early evening, before the sun sets over the Mediterranean.
ad|ADVERTISEMENT
p|Spanish authorities expect well over a million people to travel into the path of totality, many of them from France, Germany and the United Kingdom, where the eclipse will only be partial.
p|"We have never had anything like this," said Luis Herrero, who runs a small hotel in a village outside Burgos. "I got my first booking for this night three years ago. A couple from Ohio. They have already sent me photos of their telescope."
h2|Traffic and heat
p|The Interior Ministry has warned drivers not to stop on highway shoulders to watch the eclipse and said extra traffic police will be deployed on the main roads of Castile and León, Aragon and Valencia.
p|Officials are also concerned about the heat. Early August is often the hottest time of the year on the central plateau, and emergency services have urged spectators to carry water, wear hats and avoid waiting for hours in direct sun.
ad|ADVERTISEMENT
related|RELATED COVERAGE
related|How to safely watch a solar eclipse, and why regular sunglasses won't do
related|Iceland expects a tourism boom as it waits for totality
p|Because the sun will be low in the western sky during totality, astronomers have advised viewers to pick spots with a clear view of the horizon, away from hills and tall buildings.
p|Eye doctors have repeated warnings that looking directly at the sun without certified eclipse glasses can cause permanent damage. Spain's health ministry said it had distributed more than 2 million pairs of approved glasses through schools, town halls and pharmacies.
h2|A boost for empty Spain
p|For many towns in the region known as "empty Spain," where the population has been shrinking for decades, the eclipse has been a rare windfall.
p|In the village of Atienza, with fewer than 400 residents, the town hall has set up a viewing area with portable toilets, food stands and a stage where a local astronomy club will give talks throughout the afternoon.
p|"For one evening, everybody will be looking at us," said Mayor Carmen Olmedo. "We want them to remember the sky, but also to come back."
p|Scientists, meanwhile, plan to use the event to study the sun's outer atmosphere, or corona, which is only visible from the ground when the sun's bright face is completely blocked. Teams from several European universities will also fly instruments aboard research aircraft to extend their observation time.
ad|ADVERTISEMENT
p|The next total solar eclipse visible from Spain will come less than a year later, in August 2027, when the path will cross the southern tip of the country and North Africa.
separator|___
signature|Ruiz reported from Madrid. National Wire writer Thomas Brandt in Reykjavik, Iceland, contributed.
separator|___
follow|Follow NW's coverage of space and astronomy at https://nationalwire.org/hub/space
funding-note|The National Wire Health and Science Department receives support from a private science education foundation. NW is solely responsible for all content.
author-bio|JAVIER MORENO
author-bio|Moreno is a correspondent for The National Wire based in Madrid.
author-link|mailto
quiz|NW QUIZZES
quiz|Test Your News I.Q.
quiz|Take this week's quiz
most-read|Most Read
most-read|Wildfire forces evacuations near Greek resort town
most-read|Astronaut crew returns to Earth after eight months in orbit
most-read|What the eclipse will look like from where you live
most-read|Heat wave pushes Phoenix past its record for 115-degree days
footer|The National Wire is an independent global news organization dedicated to factual reporting. Founded in 1851, NW today remains the most trusted source of fast, accurate, unbiased news in all formats.
footer|nationalwire.org · Careers · Advertise with us · Contact Us · Accessibility Statement · Terms of Use · Privacy Policy
cookie|Cookie Settings
footer|Do Not Sell or Share My Personal Information
copyright|Copyright 2026 The National Wire. All Rights Reserved.
"""),
 dict(id="seneweb-style-1", site="seneweb-style", lang="fr", sep="\n", title="Tabaski 2026 : le prix du mouton s'envole, les éleveurs accusent l'aliment de bétail", date="2026-05-20", page="""
timestamp|Mercredi 20 Mai 2026
weather|Dakar 29°C
ticker|EUR 655,96 FCFA
ticker|USD 598,40 FCFA
ticker|Fajr 05:21 - Dohr 13:42 - Asr 17:01 - Maghrib 19:38 - Isha 20:55
menu|Dakarweb.com
menu|ACCUEIL
menu|ACTUALITÉ
menu|POLITIQUE
menu|SOCIÉTÉ
menu|ÉCONOMIE
menu|SPORT
menu|PEOPLE
menu|FAITS DIVERS
menu|VIDÉOS
menu|RADIO
menu|ANNONCES
menu|IMMOBILIER
watch|Dakarweb Radio - En direct
account|Connexion
account|Inscription
ad|Publicité
ad|WAVE - Envoyez de l'argent à 1 % partout au Sénégal
breadcrumb|Accueil > Actualité > Société
h1|Tabaski 2026 : le prix du mouton s'envole, les éleveurs accusent l'aliment de bétail
dateline|Publié le 20/05/2026 à 11:42 - Mis à jour à 13:05
byline|Auteur : Ousmane Diop - Dakarweb.com
views|Article lu 14 872 fois
comments|58 Commentaires
share|Partager
share|Facebook 312
share|WhatsApp 1.2K
share|X
share|Imprimer
caption|Un foirail de Dakar, à une semaine de la Tabaski
p|À une semaine de la Tabaski, les foirails de Dakar et de sa banlieue grouillent de monde, mais les transactions restent timides. Au marché de bétail de la Patte d'Oie, les moutons de taille moyenne se négocient entre 150 000 et 250 000 francs CFA, soit une hausse de 20 à 30 % par rapport à l'an dernier, selon les vendeurs interrogés.
p|« Les clients viennent, ils regardent, ils demandent le prix et ils repartent. Ils attendent la veille de la fête en espérant que ça va baisser », explique Mamadou Bâ, un éleveur venu de Linguère avec une soixantaine de têtes.
p|Pour les éleveurs, la cherté s'explique d'abord par le coût de l'alimentation du bétail. Le sac de 50 kg de son de blé, qui coûtait autour de 8 000 francs CFA il y a deux ans, dépasse désormais 11 000 francs dans certaines localités. La paille d'arachide, très prisée pour l'embouche, est également devenue rare après une campagne agricole jugée moyenne dans le bassin arachidier.
ad|Publicité
read-also|A LIRE AUSSI : Tabaski : le gouvernement suspend les taxes sur l'importation de moutons du Mali et de la Mauritanie
p|« Un mouton que tu engraisses pendant quatre mois, il mange plus que toi. Si tu le vends à 150 000, tu perds de l'argent », résume Mamadou Bâ.
p|Le ministère de l'Élevage assure pourtant que le marché sera correctement approvisionné. Selon les chiffres communiqués lundi par ses services, plus de 620 000 moutons sont déjà présents dans les différents points de vente du pays, dont près de 300 000 dans la région de Dakar, pour un besoin national estimé à 850 000 têtes.
p|Pour faciliter l'arrivée des animaux, l'État a reconduit plusieurs mesures :
li|la suspension des taxes à l'importation de moutons en provenance du Mali et de la Mauritanie ;
li|la mise en place de points de vente sécurisés avec présence des forces de l'ordre ;
li|l'exonération des frais de stationnement des camions transportant du bétail ;
li|la gratuité de l'eau dans les foirails aménagés.
p|Du côté des consommateurs, la grogne monte. Fatou Ndiaye, mère de famille rencontrée au marché de Tally Bou Mag, à Pikine, dit avoir renoncé à acheter un mouton cette année. « Mon mari est journalier. Avec 100 000 francs, on ne te montre même pas un agneau. On va se cotiser avec ma sœur », confie-t-elle.
p|L'Association des consommateurs appelle l'État à encadrer les prix ou, à défaut, à multiplier les opérations de vente de moutons à prix social. Une proposition que rejette la fédération des éleveurs, pour qui « le prix du mouton ne se décrète pas ».
p|Les autorités tablent sur une baisse des prix dans les derniers jours, avec l'arrivée massive des convois en provenance de l'intérieur du pays et des pays voisins. Le ministre de l'Élevage a par ailleurs mis en garde contre les vols de bétail, en hausse à l'approche de chaque Tabaski, et annoncé le renforcement des patrouilles mixtes dans les zones d'élevage.
tags|Mots-clés : Tabaski - Mouton - Prix - Élevage - Consommation
whatsapp|Rejoignez la chaîne WhatsApp de Dakarweb pour ne rien rater de l'actualité
comments|Commentaires (58)
comments|Ajouter un commentaire
comments|Pseudo
comments|Votre commentaire
comments|Envoyer
disclaimer|Les commentaires sont publiés sous la seule responsabilité de leurs auteurs. Dakarweb se réserve le droit de supprimer tout commentaire injurieux, diffamatoire ou hors sujet.
comments|Askan Wi
comments|Il y a 2 heures
comments|Chaque année c'est la même chose. On nous dit que le marché est approvisionné et au final on achète à 300 000. Gouvernement bi, faites quelque chose.
comments|J'aime (48) - Je n'aime pas (3)
comments|Répondre
comments|Signaler un abus
comments|Goorgoorlu
comments|Il y a 2 heures
comments|La Tabaski n'est pas une obligation pour celui qui n'a pas les moyens. Arrêtez de vous endetter pour un mouton. Yalla baax na.
comments|J'aime (71) - Je n'aime pas (9)
comments|Répondre
comments|Signaler un abus
comments|Domou Baol
comments|Il y a 3 heures
comments|@Askan Wi les éleveurs aussi souffrent, le son est trop cher. Ce n'est pas eux qui fixent les prix, ce sont les bana-bana au milieu.
comments|J'aime (22) - Je n'aime pas (5)
comments|Répondre
comments|Signaler un abus
comments|Patriote 221
comments|Il y a 4 heures
comments|Vous allez voir, la veille de la fête les prix vont chuter. Patience mes amis.
comments|J'aime (15) - Je n'aime pas (2)
comments|Répondre
comments|Signaler un abus
read-more|Voir les 54 autres commentaires
related|DANS LA MÊME RUBRIQUE
related|Pikine : un entrepôt de faux médicaments démantelé par la gendarmerie
related|Il y a 1 heure
related|Bac 2026 : les épreuves anticipées démarrent le 11 juin
related|Il y a 5 heures
related|Transport : les chauffeurs de Ndiaga Ndiaye annoncent une grève de 48 heures
related|Il y a 6 heures
most-read|LES PLUS LUS
most-read|Assemblée nationale : le projet de loi sur la fiscalité du numérique adopté
most-read|Lutte : le combat royal fixé au 4 janvier à l'Arène nationale
most-read|Touba : la grande mosquée fermée pour travaux de rénovation
most-commented|LES PLUS COMMENTÉS
most-commented|Dette cachée : le FMI annonce une nouvelle mission à Dakar (214)
teaser-list|Tabaski 2026 : le prix du mouton s'envole, les éleveurs accusent l'aliment de bétail (58)
most-commented|Coupures d'électricité : la Senelec s'explique (97)
classifieds|ANNONCES
classifieds|Villa F5 à vendre à Saly - 85 000 000 FCFA
classifieds|Terrain 300 m2 à Diamniadio - 12 000 000 FCFA
classifieds|Appartement à louer aux Almadies - 650 000 FCFA/mois
classifieds|Voir toutes les annonces
app|Téléchargez l'application Dakarweb sur Google Play et App Store
footer|Dakarweb.com - Le premier portail d'information du Sénégal
footer|Qui sommes-nous · Contactez-nous · Publicité · Conditions d'utilisation · Charte des commentaires
copyright|© Dakarweb 2001-2026 - Tous droits réservés
"""),
 dict(id="seneweb-style-2", site="seneweb-style", lang="fr", sep="\n", title="Keur Massar : les riverains du bassin de rétention de l'Unité 3 dénoncent des travaux à l'arrêt", date="2026-09-03", page="""
timestamp|Jeudi 03 Septembre 2026
weather|Dakar 31°C
ticker|EUR 655,96 FCFA
ticker|USD 561,75 FCFA
menu|Dakarweb.com
menu|ACCUEIL ACTUALITÉ POLITIQUE SOCIÉTÉ ÉCONOMIE SPORT PEOPLE FAITS DIVERS VIDÉOS RADIO ANNONCES
account|Connexion
ad|Publicité
ad|ORANGE - Pass Internet illimité nuit à 500 F
breaking|FLASH INFO : Pluies diluviennes attendues ce week-end sur Dakar et Thiès, selon l'ANACIM
section-label|Société
h1|Keur Massar : les riverains du bassin de rétention de l'Unité 3 dénoncent des travaux à l'arrêt
dateline|Publié le 03/09/2026 à 09:17
byline|Auteur : Aïssatou Ndiaye - Dakarweb.com
views|Article lu 9 305 fois
comments|33 Commentaires
share|Facebook 88
share|WhatsApp 640
share|X
video|VIDÉO - Les images des maisons inondées à Keur Massar
video|02:44
p|Les pieds dans l'eau depuis près de deux semaines, les habitants de l'Unité 3 de Keur Massar ne décolèrent pas. Réunis mercredi devant le bassin de rétention du quartier, plusieurs dizaines de riverains ont exprimé leur ras-le-bol face à des travaux de drainage qui, selon eux, sont à l'arrêt depuis le mois de juin.
p|« On nous avait promis que cette année, l'eau allait passer par les canaux et qu'on n'aurait plus à quitter nos maisons. Regardez vous-mêmes : le canal n'est même pas terminé, il y a des tas de sable partout », peste Abdoulaye Sarr, délégué de quartier, en montrant une tranchée à moitié comblée.
p|Au moins une quarantaine de maisons sont encore inondées dans le secteur, selon le collectif des riverains. Certaines familles ont dû se réfugier chez des proches ou dans une école voisine, où les cours doivent pourtant reprendre dans quelques semaines.
ad|Publicité
read-also|LIRE AUSSI : Inondations : le gouvernement débloque 15 milliards pour le pré-hivernage
h2|Des motopompes insuffisantes
p|Sur place, deux motopompes de la Brigade nationale des sapeurs-pompiers tournent jour et nuit pour évacuer l'eau vers le bassin, lui-même saturé. « Dès qu'il pleut une nuit, on revient au point de départ », reconnaît un agent sous le couvert de l'anonymat.
p|Les riverains pointent aussi l'occupation des voies d'eau naturelles par des constructions récentes. « Il y a des gens qui ont construit sur le passage de l'eau, avec des papiers en règle. Qui leur a donné ces autorisations ? », s'interroge Mame Diarra Guèye, commerçante.
p|Contacté par Dakarweb, un responsable de l'Office national de l'assainissement du Sénégal explique que le chantier a été ralenti par « des difficultés de trésorerie de l'entreprise attributaire » et par la présence de réseaux d'eau et d'électricité non signalés sur le tracé du canal. Il assure que les travaux « reprendront dans les prochains jours » et que la livraison est prévue avant la fin de l'année.
h2|Le maire demande un plan d'urgence
p|Le maire de la commune a, de son côté, adressé une lettre au ministre de l'Hydraulique et de l'Assainissement pour réclamer un plan d'urgence, avec l'installation de motopompes supplémentaires et la prise en charge des familles sinistrées.
p|En attendant, la colère monte. Le collectif des riverains menace d'organiser une marche ce week-end si aucune mesure concrète n'est prise. « Nous ne sommes pas contre l'État, mais nous sommes fatigués. Chaque hivernage, c'est le même film », lance Abdoulaye Sarr.
p|L'Agence nationale de l'aviation civile et de la météorologie prévoit de nouvelles pluies sur la région de Dakar à partir de vendredi.
tags|Mots-clés : Keur Massar - Inondations - Assainissement - Hivernage
comments|Commentaires (33)
comments|Ajouter un commentaire
comments|Pseudo
comments|Votre commentaire
comments|Envoyer
disclaimer|Les commentaires sont publiés sous la seule responsabilité de leurs auteurs. Dakarweb se réserve le droit de supprimer tout commentaire injurieux, diffamatoire ou hors sujet.
comments|Fallou de Keur Massar
comments|Il y a 45 minutes
comments|Je confirme tout ce qui est écrit. Chez moi l'eau arrive aux genoux et les enfants dorment chez leur tante à Guédiawaye depuis 10 jours.
comments|J'aime (36) - Je n'aime pas (1)
comments|Répondre
comments|Signaler un abus
comments|Kaccoor
comments|Il y a 1 heure
comments|Il faut arrêter de construire dans les zones non aedificandi. Les gens achètent des terrains dans des bas-fonds et après ils accusent l'Etat.
comments|J'aime (19) - Je n'aime pas (12)
comments|Répondre
comments|Signaler un abus
comments|Réponse de Fallou de Keur Massar
comments|@Kaccoor mon terrain a un titre foncier délivré par l'Etat lui-même. Parle de ce que tu connais.
comments|J'aime (27) - Je n'aime pas (2)
comments|Répondre
comments|Signaler un abus
comments|Sama Rew
comments|Il y a 2 heures
comments|Des milliards chaque année pour les inondations et toujours rien. Il faut un audit de ces chantiers.
comments|J'aime (44) - Je n'aime pas (4)
comments|Répondre
comments|Signaler un abus
read-more|Voir les 29 autres commentaires
related|DANS LA MÊME RUBRIQUE
related|Rentrée scolaire : le ministère maintient la date du 1er octobre
related|Il y a 3 heures
related|Thiaroye : un adolescent emporté par les eaux, son corps retrouvé
related|Il y a 6 heures
most-read|LES PLUS LUS
most-read|Budget 2027 : ce que prévoit le gouvernement pour l'emploi des jeunes
most-read|Magal de Touba : les chiffres de la mobilisation
most-read|Football : le Sénégal affronte le Maroc en amical en octobre
most-commented|LES PLUS COMMENTÉS
most-commented|Affaire des terrains de Mbour 4 : l'ancien directeur entendu (188)
most-commented|Prix du pain : les boulangers menacent d'augmenter (121)
classifieds|ANNONCES
classifieds|Chambre meublée à louer à Ouakam - 150 000 FCFA/mois
classifieds|Voiture Toyota Corolla 2018 à vendre - 7 500 000 FCFA
classifieds|Voir toutes les annonces
app|Téléchargez l'application Dakarweb sur Google Play et App Store
footer|Dakarweb.com - Le premier portail d'information du Sénégal
footer|Qui sommes-nous · Contactez-nous · Publicité · Conditions d'utilisation · Charte des commentaires
copyright|© Dakarweb 2001-2026 - Tous droits réservés
"""),
 dict(id="the-east-african-business-style-1", site="the-east-african-business-style", lang="en", sep="\n", title="Mombasa tea auction prices slide to four-year low as Pakistan orders dry up", date="2026-03-03", page="""
skip-link|Skip to main content
timestamp|Tuesday, March 03, 2026
ticker|NSE 20 2,318.44 ▲ 0.42%
ticker|NASI 161.07 ▼ 0.15%
ticker|USD/KES 129.35
ticker|Brent $71.20
menu|The Eastern Business Daily
menu|Home
menu|Markets
menu|Corporate
menu|Economy
menu|Opinion & Analysis
menu|Data Hub
menu|BD Life
menu|Special Reports
menu|Podcasts
epaper|E-Paper
account|Subscribe
account|Log in
search|Search
ad|Advertisement
section-label|Markets
section-label|Commodities
paywall|Premium
h1|Mombasa tea auction prices slide to four-year low as Pakistan orders dry up
credit|Photo credit: File, Mwangaza Media Group
caption|Tea pickers at work on a farm in Kericho County. Farmers face lower bonuses as auction prices fall.
section-label|What you need to know:
li|The average price of a kilo of tea at the weekly sale fell to $2.04, the lowest since March 2022.
li|Buyers blame currency controls in Pakistan, Kenya's biggest tea market, and a glut of low-grade leaf.
li|Smallholder farmers could see a cut in their annual bonus payouts later this year.
byline|By BRIAN OTIENO
byline|Commodities Reporter
author-link|More by this Author
dateline|March 03, 2026
listen|Listen to this article
listen|4 min
p|Tea prices at the Mombasa auction have fallen to their lowest level in four years, as reduced orders from Pakistan and a surge in low-quality leaf weighed on the weekly sale.
p|A kilo of made tea fetched an average of $2.04 (Sh264) at Monday's auction, down from $2.19 a fortnight ago and $2.61 at the same time last year, according to data from the East African Tea Trade Association (EATTA).
p|Of the 9.8 million kilos on offer, about 31 percent went unsold, one of the highest shares recorded since the auction moved to an electronic trading system.
ad|Advertisement
read-also|Read: Kenya's tea earnings drop Sh18bn on weak global demand
p|Traders said buyers from Pakistan, which takes nearly 40 percent of Kenya's tea exports, had cut purchases after the country's central bank tightened access to foreign currency for importers in January.
p|"Pakistani packers are still buying, but only the volumes they absolutely need. They are waiting for the dollar situation to ease," said a Mombasa-based broker who requested anonymity because he was not authorised to speak to the press.
p|Egypt and the United Kingdom, the other two key markets, have also been buying cautiously, with some importers switching to cheaper teas from Malawi and Uganda.
h2|Too much plain tea
p|Industry players say the problem is compounded by the quality of the leaf reaching the factories. Heavy rains in January boosted production across the tea-growing counties west of the Rift Valley, but a large share of the crop was of lower grades.
p|"We have more tea than the market wants, and much of it is plain. When supply outstrips demand like this, prices only go one way," said Grace Wanjiku, a tea economist at a Nairobi-based agricultural research firm.
p|Kenya produced 598 million kilos of tea last year, according to the Tea Board, a record that has done little to lift farmers' incomes as prices have softened.
ad|Advertisement
ad|Sponsored: Grow your savings with a 14.2% p.a. money market fund. Invest from Sh1,000.
h2|Bonus payouts at risk
p|Smallholder farmers, who grow about 60 percent of the country's tea and sell through factories managed by the Kenya Tea Development Agency, are likely to bear the brunt of the slump.
p|Factories pay farmers a monthly rate for green leaf and a second payment, or bonus, at the end of the financial year in June, based on what the tea earned at auction. Lower auction prices mean a smaller pool for the bonus.
p|Factory directors in Nyeri and Kirinyaga have already warned farmers to expect reduced payouts, while some are pushing for direct sales to overseas buyers to bypass the auction.
p|The Agriculture ministry said it was in talks with Pakistani authorities on a barter-style arrangement that would allow part of the tea purchases to be settled in goods, and that it would step up marketing in new destinations such as Iran, Kazakhstan and China.
p|Analysts, however, caution that such deals take time. "The pressure on prices will not ease before the second quarter," Ms Wanjiku said.
signature|botieno@mwangazamedia.co.ke
tags|Tea
tags|Mombasa Tea Auction
tags|Agriculture
tags|Exports
tags|Pakistan
paywall|You're reading a Premium article. Thank you for supporting quality business journalism.
paywall|Give this article to a friend - You have 3 gift articles left this month
comments|Join the conversation
comments|Comments are moderated and may take some time to appear. Please keep it civil.
comments|Log in to comment
related|Related Stories
related|Kenya's tea earnings drop Sh18bn on weak global demand
related|Tea factories battle cartels over green leaf hawking
related|Why Kenya's coffee farmers are switching to avocado
teaser-list|Latest in Markets
teaser-list|Infrastructure bond oversubscribed by 143 percent
teaser-list|2 hours ago
teaser-list|Shilling holds steady as diaspora inflows rise
teaser-list|5 hours ago
teaser-list|NSE turnover jumps on foreign investor buying
teaser-list|7 hours ago
newsletter|Get the Markets Brief in your inbox every weekday morning
newsletter|Your email address
newsletter|Sign up
app|Download the Eastern Business Daily app
network|Mwangaza Media Group
network|Nairobi Evening Star
network|Taifa Jioni
network|The Kampala Sentinel
network|Dar Courier
network|Mwangaza TV
footer|About Us
footer|Contact Us
footer|Advertise with Us
footer|Terms of Use
footer|Privacy Policy
footer|Editorial Policy
footer|FAQs
copyright|©2026 Mwangaza Media Group PLC. All Rights Reserved.
"""),
 dict(id="the-east-african-business-style-2", site="the-east-african-business-style", lang="en", sep="\n", title="Bank lending to small businesses hits Sh1.3 trillion as interest rates ease", date="2026-04-15", page="""
skip-link|Skip to main content
timestamp|Wednesday, April 15, 2026
ticker|NSE 20 2,402.19 ▲ 0.61% · NASI 166.83 ▲ 0.33% · USD/KES 129.10 · Brent $68.45
menu|The Eastern Business Daily
menu|Home Markets Corporate Economy Opinion & Analysis Data Hub BD Life Special Reports Podcasts
epaper|E-Paper
account|Subscribe
account|Log in
ad|Advertisement
section-label|Economy
h1|Bank lending to small businesses hits Sh1.3 trillion as interest rates ease
section-label|What you need to know:
li|Loans to micro, small and medium enterprises rose 11.4 percent in the year to February.
li|Average lending rates have dropped to 14.6 percent from a peak of 17.2 percent in 2024.
li|Non-performing loans in the trade and manufacturing sectors remain stubbornly high.
byline|By JANET MWENDE
byline|Banking and Finance Reporter
dateline|April 15, 2026
dateline|Updated 3 hours ago
share|Share
share|Share on Facebook
share|Share on X
share|Share on LinkedIn
share|Share on WhatsApp
font|A-
font|A+
credit|Photo credit: Shutterstock
caption|A trader at Gikomba Market in Nairobi. Small businesses have benefited from lower borrowing costs.
p|Banks advanced a record Sh1.3 trillion in loans to small and medium-sized businesses in the year to February, as falling interest rates revived demand for credit after two years of tight monetary policy.
p|Data from the Central Bank of Kenya (CBK) shows that the stock of loans to micro, small and medium enterprises (MSMEs) rose by 11.4 percent, compared with growth of just 2.8 percent a year earlier.
p|The rebound follows a string of cuts to the benchmark rate, which the CBK has lowered from 13 percent in mid-2024 to 8.75 percent at its February meeting. Lenders have gradually passed on the cuts, with the average lending rate falling to 14.6 percent.
read-also|Also read: CBK cuts benchmark rate for the ninth straight time
ad|Advertisement
p|"We are seeing traders come back to borrow for stock, especially ahead of the festive seasons, and manufacturers who had postponed buying equipment are now going ahead," said Daniel Kiprono, head of SME banking at a mid-tier lender.
h2|Where the money went
p|According to the central bank's figures, the biggest increases in lending went to:
li|trade, which includes wholesale and retail, up Sh64 billion;
li|manufacturing, up Sh31 billion;
li|transport and communication, up Sh22 billion;
li|agriculture, up Sh9 billion.
p|Lending to building and construction, however, fell for the third year running, reflecting a slowdown in private real estate projects and delayed payments by government agencies to contractors.
subscribe-box|Unlock exclusive insights on Kenya's economy. Subscribe to Premium for Sh1,000 a month.
subscribe-box|SUBSCRIBE NOW
h2|Bad loans remain a concern
p|Despite the recovery in credit, banks remain cautious. The ratio of non-performing loans to gross loans stood at 16.9 percent in February, close to its highest level in two decades, with trade and manufacturing accounting for the largest share of defaults.
p|Several lenders have tightened their checks on small borrowers, relying more on digital records such as mobile money statements and tax returns to assess whether customers can repay.
p|"The appetite is there, but nobody wants to repeat the mistakes of 2023, when many SMEs that borrowed at high rates could not keep up," said Faith Achieng, an analyst at a Nairobi investment bank. "Banks are lending, but they are being selective."
p|Business owners say that access to credit remains uneven. Smaller firms without collateral continue to rely on mobile lenders and chamas, or savings groups, which charge higher rates.
p|The Treasury has said it will expand the credit guarantee scheme launched in 2020, under which the government shares part of the risk on loans to small businesses, with a fresh allocation expected in the 2026/27 budget to be read in June.
correction|This article has been updated to correct the average lending rate in 2024.
tags|Topics: Banking · SMEs · Central Bank of Kenya · Interest rates
author-link|More by JANET MWENDE
comments|Join the conversation
comments|Comments are moderated and may take some time to appear. Please keep it civil.
comments|Log in to comment
related|Related Stories
related|CBK cuts benchmark rate for the ninth straight time
related|Mobile loan apps lose ground as banks cut rates
related|Why contractors are still waiting on Sh150bn in pending bills
most-read|Trending now
most-read|1. KRA sets new deadline for eTIMS compliance
most-read|2. Inside the Sh40bn Nairobi expressway extension deal
most-read|3. Land rates: what the new Nairobi valuation roll means for you
most-read|4. Fuel prices drop for the second month in a row
newsletter|Get the Markets Brief in your inbox every weekday morning
newsletter|Your email address
newsletter|Sign up
app|Download the Eastern Business Daily app
network|Mwangaza Media Group · Nairobi Evening Star · Taifa Jioni · The Kampala Sentinel · Dar Courier · Mwangaza TV
footer|About Us · Contact Us · Advertise with Us · Terms of Use · Privacy Policy · Editorial Policy · FAQs
copyright|©2026 Mwangaza Media Group PLC. All Rights Reserved.
"""),
]
