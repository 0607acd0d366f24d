# Round 5: eight pages written block by block (not from the layout helpers), after all tuning, measured once.
# Each line: "label|text" where label is a body role (h1, lead, p, h2, li, byline, dateline, signature) or a junk kind.
# Invented text; no real article is copied.
ROUND5 = [
 dict(id="conakry-live-1", site="conakry-live", lang="fr", sep="\n", title="Conakry : les coupures d’électricité s’allongent dans la banlieue", date="2025-04-15", page="""
menu|English | Français
menu|Accueil / Guinée / Société
h1|Conakry : les coupures d’électricité s’allongent dans la banlieue
byline|Fatou Diallo
byline|Correspondante à Conakry
dateline|Mise à jour 15.04.2025 - 14:30
listen|Écouter l’article 4 min
image-widget|1 / 5
caption|Un quartier de Matoto plongé dans le noir, lundi soir. © Fatou Diallo
lead|Depuis le début du mois, certains quartiers de la banlieue de Conakry ne reçoivent plus que six heures d’électricité par jour. Les commerçants et les artisans disent perdre une grande partie de leurs revenus.
p|À Matoto, un soudeur montre son poste éteint. « Je travaille la nuit quand le courant revient, et le jour je dors », raconte-t-il. Son voisin, qui vend des boissons fraîches, a fini par acheter un petit groupe électrogène, dont le carburant absorbe l’essentiel de ses bénéfices.
ad|Publicité - faites défiler pour continuer
p|La société nationale d’électricité invoque la baisse du niveau des barrages en fin de saison sèche et des pannes sur une centrale thermique. Elle promet une amélioration avec l’arrivée des premières pluies, attendues en mai.
h2|Des délestages mal annoncés
p|Les habitants dénoncent surtout l’absence d’information. Les programmes de délestage publiés chaque semaine sont rarement respectés, affirment plusieurs associations de consommateurs, qui réclament une indemnisation des commerçants.
poll|Sondage : subissez-vous des coupures dans votre quartier ?
poll|Oui
poll|Non
poll|Voter
tags|#Guinée #Électricité #Conakry
teaser-list|Les + lus
teaser-list|1
teaser-list|Le prix du pain augmente de 20 % à Kankan
teaser-list|2
teaser-list|Football : le Horoya qualifié pour la finale
teaser-list|3
teaser-list|Un pont effondré coupe la route de Kindia
footer|Conakry Live – Tous droits réservés – Mentions légales
"""),
 dict(id="conakry-live-2", site="conakry-live", lang="fr", sep="\n", title="Boké : les riverains des mines de bauxite réclament une route goudronnée", date="2025-10-02", page="""
menu|English | Français
menu|Accueil / Guinée / Économie
h1|Boké : les riverains des mines de bauxite réclament une route goudronnée
byline|Mamadou Bah
byline|Correspondant à Boké
dateline|Mise à jour 02.10.2025 - 09:05
listen|Écouter l’article 3 min
lead|Les habitants de plusieurs villages proches des mines de bauxite de Boké ont bloqué la piste principale pendant deux jours cette semaine pour réclamer une route goudronnée et l’arrosage régulier de la poussière.
p|Chaque jour, des centaines de camions chargés de minerai traversent les villages en soulevant une poussière rouge qui recouvre les maisons et les champs. Les infirmiers du centre de santé disent recevoir de plus en plus d’enfants souffrant de toux et d’infections des yeux.
p|Les sociétés minières assurent arroser la piste plusieurs fois par jour et financer des projets communautaires. Les habitants jugent ces efforts insuffisants et demandent que l’État fasse respecter les engagements pris lors de l’attribution des permis.
p|Après une rencontre avec le préfet, les manifestants ont levé le blocage jeudi soir. Une commission doit rendre ses conclusions dans un mois.
tags|#Guinée #Mines #Boké
teaser-list|Les + lus
teaser-list|1
teaser-list|Le prix du pain augmente de 20 % à Kankan
teaser-list|2
teaser-list|Un pont effondré coupe la route de Kindia
footer|Conakry Live – Tous droits réservés – Mentions légales
"""),
 dict(id="harbour-times-1", site="harbour-times", lang="en", sep="\n\n", title="Fishermen fear quota cuts as cod stocks fall again", date="2025-11-04", page="""
menu|Home / World / Europe
h1|Fishermen fear quota cuts as cod stocks fall again
lead|Scientists advise a 30 percent reduction in next year's catch, the third cut in a row.
byline|By Laura Jensen in Tromsø
dateline|November 4, 2025
listen|Listen to article
listen|5 min
caption|A trawler returns to port in northern Norway. Photo: Laura Jensen
p|Fishing communities along the northern coast are bracing for another difficult year after scientists recommended a sharp cut in cod catches for 2026.
p|The advice, published on Monday, blames warming waters and years of catches above sustainable levels for the decline of the stock.
ad|Advertisement
ad|Continue reading the main story
p|"Every cut means another boat tied up in the harbour," said Ole Hansen, whose family has fished from the same port for four generations.
p|Governments will set the final quota in December after talks between the countries sharing the stock.
p|Environmental groups welcomed the advice but said it came too late.
recommended|Recommended
teaser-list|Ferry operator adds summer routes to the islands
teaser-list|Storm damage bill reaches record high
share|Share full article
comments|142 Comments
"""),
 dict(id="harbour-times-2", site="harbour-times", lang="en", sep="\n\n", title="City unveils plan to plant 50,000 trees by 2030", date="2025-03-21", page="""
menu|Home / Cities / Environment
h1|City unveils plan to plant 50,000 trees by 2030
lead|Officials say the programme will cool the hottest neighbourhoods, where tree cover is lowest.
byline|By Marcus Webb
dateline|March 21, 2025
listen|Listen to article
listen|4 min
p|The city council on Thursday approved a plan to plant 50,000 street trees over the next five years, prioritising districts where summer temperatures run several degrees higher than in leafy suburbs.
p|Maps produced for the plan show that some streets in the eastern districts have almost no shade at all.
ad|Advertisement
ad|Continue reading the main story
p|Residents will be able to request a tree outside their home through an online form, and volunteers will be trained to water young trees during their first summers.
p|The programme is expected to cost about 40 million dollars, partly funded by a national climate grant.
recommended|Recommended
teaser-list|Heatwave warning issued for the weekend
teaser-list|Council approves budget with rise in parking charges
share|Share full article
comments|87 Comments
"""),
 dict(id="lome-matin-1", site="lome-matin", lang="fr", sep="\n\n", title="Togo : le port de Lomé bat un nouveau record de trafic", date="2025-01-30", page="""
menu|LOMÉ MATIN
menu|Politique Économie Société Sport Culture Afrique
date-widget|Jeudi 30 janvier 2025
section-label|ÉCONOMIE
h1|Togo : le port de Lomé bat un nouveau record de trafic
byline|Par Kossi Mensah
dateline|Le 30/01/2025 à 08h15
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
lead|Le port autonome de Lomé a traité plus de trente millions de tonnes de marchandises en 2024, un record porté par le transbordement de conteneurs à destination des pays voisins.
p|Selon les chiffres publiés mercredi par la direction du port, le trafic a progressé d’environ six pour cent en un an. Les conteneurs représentent désormais la plus grande partie des volumes, grâce aux grandes compagnies maritimes qui font de Lomé une plateforme régionale.
read-also|Lire aussi : Bénin : la nouvelle zone industrielle attire ses premiers investisseurs
p|Les pays sans littoral, comme le Burkina Faso et le Niger, restent des clients importants, malgré les difficultés sur les corridors routiers. Les transporteurs se plaignent des contrôles nombreux entre le port et la frontière.
p|La direction annonce l’agrandissement d’un quai et l’achat de nouvelles grues d’ici 2026.
signature|K.M.
newsletter|Inscrivez-vous à notre newsletter
newsletter|Votre adresse e-mail
subscribe|Je m’inscris
teaser-list|DANS LA MÊME RUBRIQUE
teaser-list|Le prix du ciment en hausse de 10 %
teaser-list|29/01/2025
teaser-list|Les exportations de soja progressent
teaser-list|28/01/2025
footer|Lomé Matin, quotidien d’information générale
footer|Qui sommes-nous | Contact | Publicité
"""),
 dict(id="lome-matin-2", site="lome-matin", lang="fr", sep="\n\n", title="Kara : un festival de lutte traditionnelle attire des milliers de visiteurs", date="2025-07-19", page="""
menu|LOMÉ MATIN
menu|Politique Économie Société Sport Culture Afrique
date-widget|Samedi 19 juillet 2025
section-label|CULTURE
h1|Kara : un festival de lutte traditionnelle attire des milliers de visiteurs
byline|Par Afi Agbeko
dateline|Le 19/07/2025 à 11h40
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
lead|La ville de Kara accueille cette semaine les rencontres de lutte traditionnelle qui marquent, chaque année, le passage à l’âge adulte des jeunes hommes de la région.
p|Les combats se déroulent dans plusieurs villages autour de la ville, au son des tambours et sous les encouragements des familles. Les autorités ont installé des tribunes et un poste de secours sur le site principal.
p|Le festival attire aussi des visiteurs venus de Lomé et des pays voisins. Les hôtels de la ville affichent complet et les restaurants ont doublé leurs équipes pour la semaine.
read-also|Lire aussi : Musique : le festival de jazz de Lomé dévoile sa programmation
p|Pour les anciens, l’événement reste d’abord un rite. « La lutte apprend le respect et le courage », explique un chef de canton, qui veille à ce que les traditions soient respectées.
signature|A.A.
newsletter|Inscrivez-vous à notre newsletter
newsletter|Votre adresse e-mail
subscribe|Je m’inscris
teaser-list|DANS LA MÊME RUBRIQUE
teaser-list|Un nouveau musée ouvre à Aného
teaser-list|18/07/2025
teaser-list|Le cinéma togolais à l’honneur à Ouagadougou
teaser-list|17/07/2025
footer|Lomé Matin, quotidien d’information générale
footer|Qui sommes-nous | Contact | Publicité
"""),
 dict(id="valley-gazette-1", site="valley-gazette", lang="en", sep="\n", title="School buses to run on electricity from September", date="2025-05-08", page="""
menu|Valley Gazette
menu|Menu
search|Search
h1|School buses to run on electricity from September
byline|Posted on May 8, 2025 by Rachel Green
share|Share this:
share|Click to share on Facebook (Opens in new window)
share|Click to share on X (Opens in new window)
lead|All twelve buses serving the district's schools will be electric by the start of the new school year, the school board announced on Wednesday.
p|The board bought the buses with a state grant that covered most of the cost, and a charging depot is being built next to the maintenance yard.
p|Drivers have started training on the new vehicles, which are quieter and, according to the board, much cheaper to run.
p|Some parents worried about range in winter. The transport manager said the longest route is 60 miles a day, well within the buses' capacity even in cold weather.
share|Like this:
share|Like Loading...
teaser-list|Related
teaser-list|Library fines scrapped as council tries to win back young readers
teaser-list|In "Education"
comments|One thought on “School buses to run on electricity from September”
comments|Tom P. says:
comments|May 8, 2025 at 6:12 pm
comments|Great news, the old buses were so noisy on our street.
comments|Reply
nav|Post navigation
nav|Previous Post
nav|Next Post
"""),
 dict(id="valley-gazette-2", site="valley-gazette", lang="en", sep="\n", title="Volunteers restore historic footbridge over Mill Creek", date="2025-08-12", page="""
menu|Valley Gazette
menu|Menu
search|Search
h1|Volunteers restore historic footbridge over Mill Creek
byline|Posted on August 12, 2025 by Rachel Green
share|Share this:
share|Click to share on Facebook (Opens in new window)
share|Click to share on X (Opens in new window)
lead|A 120-year-old wooden footbridge closed for safety reasons three years ago reopened on Saturday after a team of volunteers rebuilt its deck and railings.
p|The group spent most weekends of the past year on the work, using oak donated by a local sawmill and advice from a retired engineer.
p|"People told us it couldn't be saved," said project leader Dan Ortiz. "Now kids are fishing off it again."
p|The town paid for an inspection and new foundations, while the volunteers raised the rest through a bake sale and a crowdfunding page.
share|Like this:
share|Like Loading...
teaser-list|Related
teaser-list|School buses to run on electricity from September
teaser-list|In "Local news"
comments|2 thoughts on “Volunteers restore historic footbridge over Mill Creek”
comments|Ann says:
comments|August 12, 2025 at 9:40 am
comments|Thank you to everyone who worked on this, my grandfather used to cross that bridge every day to go to work.
comments|Reply
nav|Post navigation
nav|Previous Post
nav|Next Post
"""),
]
