# Round 8: eight pages on four more sites, written block by block after all tuning, measured once.
# Each line: "label|text" (body roles: h1, lead, p, h2, li, byline, dateline, signature; anything else is junk).
# Invented text; no real article is copied.
ROUND8 = [
 dict(id="le-continent-1", site="le-continent", lang="fr", sep="\n", title="Tchad : la saison des pluies inonde plusieurs quartiers de N’Djamena", date="2025-08-19", page="""
breadcrumb|Vous êtes ici : Accueil > Afrique > Tchad
menu|Afrique - Monde - Économie - Sport - Culture - Vidéos - Podcasts
h1|Tchad : la saison des pluies inonde plusieurs quartiers de N’Djamena
byline|Par AFP
dateline|mardi 19 août 2025
share|Partager sur Facebook
share|Partager sur X
share|Partager par e-mail
lead|N’DJAMENA (AFP) - De fortes pluies ont inondé plusieurs quartiers du sud de N’Djamena depuis le week-end, contraignant des centaines de familles à quitter leurs maisons, ont indiqué mardi les autorités.
caption|Des habitants traversent une rue inondée du quartier Walia, le 18 août 2025.
credit|Photo : AFP
p|Dans le quartier de Walia, l’eau atteignait lundi la hauteur des genoux dans certaines rues. Des habitants ont entassé leurs affaires sur les toits ou sur des charrettes pour les mettre à l’abri.
p|La mairie a ouvert deux écoles pour accueillir les sinistrés et distribue des vivres et des moustiquaires. Les services de santé craignent une hausse des cas de paludisme et de choléra dans les semaines à venir.
p|Le fleuve Chari, qui traverse la capitale, reste pour l’instant sous son niveau d’alerte, mais les prévisions annoncent encore des pluies abondantes jusqu’à la mi-septembre.
signature|Avec AFP
comments|Réagissez à cet article
ad|Ailleurs sur le web
ad|Contenus sponsorisés
teaser-list|Ce régime que tout le monde essaie cet été
teaser-list|Les meilleures destinations pour la rentrée
footer|Le Continent – Mentions légales – Politique de confidentialité – Contact
"""),
 dict(id="le-continent-2", site="le-continent", lang="fr", sep="\n", title="Mauritanie : un nouveau gisement de gaz confirmé au large de Nouakchott", date="2025-11-27", page="""
breadcrumb|Vous êtes ici : Accueil > Afrique > Mauritanie
menu|Afrique - Monde - Économie - Sport - Culture - Vidéos - Podcasts
h1|Mauritanie : un nouveau gisement de gaz confirmé au large de Nouakchott
byline|Par Sidi Mohamed Ould Ahmed
dateline|jeudi 27 novembre 2025
share|Partager sur Facebook
share|Partager sur X
share|Partager par e-mail
lead|La compagnie nationale des hydrocarbures a confirmé jeudi la découverte d’un important gisement de gaz au large des côtes mauritaniennes, à environ cent kilomètres de Nouakchott.
p|Les premiers forages ont mis en évidence des réserves qui pourraient, selon la compagnie, alimenter une centrale électrique et une usine d’engrais pendant plusieurs décennies.
p|Le gouvernement souhaite qu’une partie du gaz serve au marché intérieur, alors que l’accès à l’électricité reste limité dans plusieurs régions du pays.
p|Les premières décisions d’investissement ne sont pas attendues avant deux ans.
comments|Réagissez à cet article
ad|Ailleurs sur le web
ad|Contenus sponsorisés
teaser-list|Ce régime que tout le monde essaie cet été
teaser-list|Les meilleures destinations pour la rentrée
footer|Le Continent – Mentions légales – Politique de confidentialité – Contact
"""),
 dict(id="eastern-tribune-1", site="eastern-tribune", lang="en", sep="\n\n", title="Hospital opens region's first children's mental health unit", date="2025-03-05", page="""
menu|The Eastern Tribune
menu|News | Politics | Health | Education | Sport | Weather
subscribe|Subscribe now for 1 pound a month
h1|Hospital opens region's first children's mental health unit
byline|By Sarah Okonkwo, Health Correspondent
dateline|Wednesday March 5 2025, 7:00 am GMT
share|Share
share|Save
caption|The new unit has twelve beds and a family room. Picture: Eastern Tribune
lead|Children in mental health crisis will no longer have to travel hundreds of miles for a hospital bed, after the region's first specialist unit opened on Tuesday.
p|Until now, young patients who needed inpatient care were often sent to units in other parts of the country, far from their families, because no beds were available locally.
p|The twelve-bed unit has a school room, a garden and a flat where parents can stay overnight.
p|"Being near home makes a huge difference to recovery," said the unit's lead psychiatrist.
p|Health officials said demand for children's mental health services had doubled in five years.
topics|Topics
topics|Health
topics|Children
teaser-list|Latest
teaser-list|Ambulance waiting times improve for third month
teaser-list|45 mins ago
teaser-list|New school to open in former factory
teaser-list|2 hrs ago
copyright|© Eastern Tribune Ltd 2025
"""),
 dict(id="eastern-tribune-2", site="eastern-tribune", lang="en", sep="\n\n", title="Rail line reopens after landslip repairs", date="2025-12-15", page="""
menu|The Eastern Tribune
menu|News | Politics | Health | Education | Sport | Weather
subscribe|Subscribe now for 1 pound a month
h1|Rail line reopens after landslip repairs
byline|By Tom Hale
dateline|Monday December 15 2025, 6:30 pm GMT
share|Share
share|Save
lead|Trains are running again on the coastal line after a seven-week closure caused by a landslip near the tunnel at Redcliff.
p|Engineers removed about 20,000 tonnes of earth and built a new retaining wall to protect the track from further movement.
p|Passengers had faced a replacement bus service that added up to an hour to journeys.
p|The operator said it would monitor the slope with sensors that send an alert if the ground begins to shift.
topics|Topics
topics|Transport
teaser-list|Latest
teaser-list|Hospital opens region's first children's mental health unit
teaser-list|1 hr ago
teaser-list|Council tax to rise by 4.9 percent
teaser-list|3 hrs ago
copyright|© Eastern Tribune Ltd 2025
"""),
 dict(id="bamako-soir-1", site="bamako-soir", lang="fr", sep="\n\n", title="Mopti : les piroguiers demandent le balisage du fleuve", date="2025-02-02", page="""
menu|BAMAKO SOIR
menu|Accueil
menu|Politique
menu|Société
menu|Régions
menu|Sports
menu|Annonces
h1|Mopti : les piroguiers demandent le balisage du fleuve
empty-label|Publié le :
dateline|2 février 2025
empty-label|Auteur :
byline|Adama Coulibaly
share|Tweet
share|Partager
share|WhatsApp
lead|Après plusieurs accidents survenus depuis le début de la décrue, les piroguiers de Mopti réclament le balisage des bancs de sable qui rendent la navigation dangereuse sur le fleuve Niger.
p|Chaque année, la baisse des eaux fait apparaître des bancs de sable qui se déplacent d’une saison à l’autre. Les piroguiers expérimentés les connaissent, mais les plus jeunes se font souvent surprendre, surtout la nuit.
ad|PUBLICITÉ
p|Le syndicat des transporteurs fluviaux propose d’installer des bouées et de former les piroguiers à la lecture des cartes de navigation. Il demande aussi que les gilets de sauvetage soient rendus obligatoires pour les passagers.
p|La direction régionale des transports dit avoir transmis la demande au ministère et promet une réponse avant la prochaine crue.
comments|Commentaires via Facebook
teaser-list|Les plus lus
teaser-list|Kati : un incendie détruit une partie du marché
teaser-list|il y a 2 heures
teaser-list|Bamako : les embouteillages du troisième pont
teaser-list|il y a 5 heures
generated|Fichier généré le 02/02/2025 à 21:14
"""),
 dict(id="bamako-soir-2", site="bamako-soir", lang="fr", sep="\n\n", title="Football : le Stade malien remporte la Coupe du Mali", date="2025-07-28", page="""
menu|BAMAKO SOIR
menu|Accueil
menu|Politique
menu|Société
menu|Régions
menu|Sports
menu|Annonces
h1|Football : le Stade malien remporte la Coupe du Mali
empty-label|Publié le :
dateline|28 juillet 2025
empty-label|Auteur :
byline|Moussa Sangaré
share|Tweet
share|Partager
share|WhatsApp
lead|Le Stade malien a remporté dimanche la Coupe du Mali en battant le Djoliba deux buts à un, au terme d’une finale disputée devant un stade du 26-Mars presque plein.
p|Menés à la pause, les Blancs de Bamako ont renversé la situation en seconde période grâce à deux buts en dix minutes, dont une frappe lointaine qui a fait lever tout le stade.
p|C’est le troisième titre du club dans la compétition en cinq ans. Il représentera le Mali en Coupe de la Confédération africaine la saison prochaine.
repeat|Football : le Stade malien remporte la Coupe du Mali
comments|Commentaires via Facebook
teaser-list|Les plus lus
teaser-list|Kati : un incendie détruit une partie du marché
teaser-list|hier
teaser-list|Mopti : les piroguiers demandent le balisage du fleuve
teaser-list|il y a 3 jours
generated|Fichier généré le 28/07/2025 à 22:40
"""),
 dict(id="metro-weekly-1", site="metro-weekly", lang="en", sep="\n", title="Night buses return to five routes as demand recovers", date="2025-05-29", page="""
menu|Metro Weekly
search|Search
menu|Sections
h1|Night buses return to five routes as demand recovers
byline|Anna Kowalski
dateline|May 29, 2025 at 4:20 p.m.
share|Share this article
share|Gift this article
lead|Five night bus routes cut during the pandemic will return in June, the transit authority said Thursday, citing a steady rise in late-evening ridership.
p|The routes, which run between midnight and 5 a.m., serve hospital workers, cleaners and restaurant staff who finish late.
p|Ridership on the remaining night routes has grown by more than a third in a year, according to figures presented to the board.
p|Advocates welcomed the decision but asked for more frequent service on the busiest lines.
correction|Anna Kowalski covers transportation for Metro Weekly.
newsletter|Get our free daily newsletter
newsletter|Email address
subscribe|Sign up
teaser-list|More from Metro Weekly
teaser-list|Bike lanes coming to Fifth Avenue
teaser-list|Transit fares to stay flat next year
"""),
 dict(id="metro-weekly-2", site="metro-weekly", lang="en", sep="\n", title="Library branch to stay open on Sundays after petition", date="2025-10-09", page="""
menu|Metro Weekly
search|Search
menu|Sections
h1|Library branch to stay open on Sundays after petition
byline|Diego Ramos
dateline|October 9, 2025 at 11:05 a.m.
share|Share this article
share|Gift this article
lead|The Eastside library branch will open on Sundays from next month, after more than 4,000 residents signed a petition asking for weekend hours.
p|The branch is the only one in the neighbourhood and is heavily used by students preparing for exams.
p|The library system said it would move staff hours from weekday mornings, when the branch is least busy.
p|Organisers of the petition said they would now push for later opening hours during the week.
correction|Diego Ramos covers local government for Metro Weekly.
newsletter|Get our free daily newsletter
newsletter|Email address
subscribe|Sign up
teaser-list|More from Metro Weekly
teaser-list|Night buses return to five routes as demand recovers
teaser-list|Bike lanes coming to Fifth Avenue
"""),
]
