# Round 11: eight pages on four more sites, written block by block after all tuning, measured once.
# Each line: "label|text" (body roles: h1, lead, p, h2, li, byline, dateline, signature; anything else is junk).
# Invented text; no real article is copied.
ROUND11 = [
 dict(id="info-publique-1", site="info-publique", lang="fr", sep="\n", title="Canicule : les piscines municipales ouvrent jusqu’à 22 heures", date="2025-07-02", page="""
menu|Info Publique
menu|Direct TV
menu|Radio
menu|Replay
section-label|Météo
h1|Canicule : les piscines municipales ouvrent jusqu’à 22 heures
caption|Une piscine municipale en plein air, le 1er juillet 2025. (ILLUSTRATION / JEAN DUPRÉ / INFO PUBLIQUE)
byline|Article rédigé par Léa Fontaine - Info Publique
dateline|Publié le 02/07/2025 07:00 Mis à jour le 02/07/2025 08:15
reading-time|Temps de lecture : 2min
share|Copier le lien
share|Ajouter à mes favoris
lead|Face à l’épisode de forte chaleur, plusieurs grandes villes ont décidé d’allonger les horaires d’ouverture de leurs piscines et de leurs parcs.
p|Dans plusieurs métropoles, les bassins resteront ouverts jusqu’à 22 heures jusqu’à la fin de la semaine, et l’entrée sera gratuite pour les moins de dix-huit ans.
p|Les mairies rappellent aussi l’ouverture de salles rafraîchies pour les personnes âgées et isolées, qui peuvent s’inscrire auprès des services sociaux.
p|Météo-France prévoit une baisse des températures à partir de dimanche.
app|L’article à consulter dans notre application
teaser-list|Voir plus sur ces sujets
teaser-list|Météo
teaser-list|Canicule
"""),
 dict(id="info-publique-2", site="info-publique", lang="fr", sep="\n", title="Transports : la SNCF ajoute des trains pour les départs en vacances", date="2025-07-04", page="""
menu|Info Publique
menu|Direct TV
menu|Radio
menu|Replay
section-label|Transports
h1|Transports : la SNCF ajoute des trains pour les départs en vacances
caption|Des voyageurs sur un quai de gare, le 3 juillet 2025. (PHOTO / MARC LEROY / INFO PUBLIQUE)
byline|Article rédigé par Hugo Petit - Info Publique
dateline|Publié le 04/07/2025 06:30
reading-time|Temps de lecture : 1min
share|Copier le lien
share|Ajouter à mes favoris
lead|La compagnie ferroviaire met en circulation une centaine de trains supplémentaires pour le premier grand week-end de départs en vacances.
p|Les liaisons vers la côte atlantique et la Méditerranée sont les plus concernées. Des contrôleurs supplémentaires seront présents dans les grandes gares pour orienter les voyageurs.
p|La compagnie recommande d’arriver au moins vingt minutes avant le départ.
app|L’article à consulter dans notre application
teaser-list|Voir plus sur ces sujets
teaser-list|Transports
teaser-list|Vacances
"""),
 dict(id="radio-monde-afrique-1", site="radio-monde-afrique", lang="fr", sep="\n", title="Sénégal : les pêcheurs de Saint-Louis face à l’érosion côtière", date="2025-09-15", page="""
menu|Aller au contenu
menu|Radio Monde Afrique
menu|Accueil
menu|Afrique
menu|Économie
menu|Vidéos
h1|Sénégal : les pêcheurs de Saint-Louis face à l’érosion côtière
byline|Auteur, Ibrahima Faye
byline|Role, Radio Monde Afrique, Saint-Louis
timestamp|Il y a 2 heures
credit|Crédit photo, Ibrahima Faye
caption|Légende image, Sur la Langue de Barbarie, la mer a emporté des dizaines de maisons en dix ans.
lead|Sur la Langue de Barbarie, à Saint-Louis, la mer gagne chaque année du terrain. Des familles de pêcheurs ont déjà dû quitter leurs maisons, et d’autres s’attendent à partir.
p|Les vagues ont détruit une partie du quartier de Guet Ndar lors des tempêtes de l’hiver dernier. Les habitants ont construit des murets de sacs de sable, vite emportés par la houle.
p|Le gouvernement a relogé plusieurs centaines de familles dans un site aménagé à l’intérieur des terres, loin de la mer. Beaucoup de pêcheurs s’y sentent coupés de leur métier.
p|« La mer nous nourrit, mais elle nous chasse aussi », résume un pêcheur qui a perdu sa maison il y a trois ans.
teaser-list|Sur le même sujet
teaser-list|Gambie : les ostréicultrices s’adaptent à la salinité
teaser-list|Mauritanie : un nouveau gisement de gaz confirmé
teaser-list|Les plus lus
teaser-list|1
teaser-list|Mali : la saison des pluies s’annonce précoce
"""),
 dict(id="radio-monde-afrique-2", site="radio-monde-afrique", lang="fr", sep="\n", title="Côte d’Ivoire : la production de riz local progresse", date="2025-10-06", page="""
menu|Aller au contenu
menu|Radio Monde Afrique
menu|Accueil
menu|Afrique
menu|Économie
menu|Vidéos
h1|Côte d’Ivoire : la production de riz local progresse
byline|Auteur, Awa Koné
byline|Role, Radio Monde Afrique, Abidjan
timestamp|Il y a 5 heures
lead|La Côte d’Ivoire a produit davantage de riz local cette année, grâce à de nouveaux périmètres irrigués dans le nord du pays, mais reste dépendante des importations.
p|Les autorités veulent couvrir l’essentiel de la consommation nationale d’ici la fin de la décennie. Les importations pèsent lourdement sur la balance commerciale.
p|Les riziculteurs réclament des routes pour écouler leur récolte et des rizeries modernes pour améliorer la qualité du riz décortiqué.
teaser-list|Sur le même sujet
teaser-list|Cacao : les planteurs réclament une hausse du prix bord champ
teaser-list|Les plus lus
teaser-list|1
teaser-list|Mali : la saison des pluies s’annonce précoce
"""),
 dict(id="naija-pulse-1", site="naija-pulse", lang="en", sep="\n\n", title="Kano farmers adopt drip irrigation to beat dry season", date="2025-01-20", page="""
menu|Home
menu|News
menu|Politics
menu|Business
menu|Entertainment
h1|Kano farmers adopt drip irrigation to beat dry season
byline|By Musa Abdullahi
dateline|January 20, 2025
comments|0 Comments
share|Share
lead|Vegetable farmers in Kano State are turning to drip irrigation kits to grow tomatoes and peppers through the dry season, using a fraction of the water they needed before.
ad|Advertisement
p|The kits, made of thin pipes that deliver water directly to each plant, are sold through cooperatives that let members pay in instalments after harvest.
p|Farmers say yields have risen and that they spend less on diesel for pumps.
social|Click here to join our WhatsApp channel for the latest news
p|Agricultural officials want to extend the scheme to rice farmers next year.
newsletter|Subscribe to our newsletter
newsletter|Don't miss out on the latest news, subscribe to get daily updates.
teaser-list|Related Posts
teaser-list|Lagos begins construction of second rail line to Ikorodu
teaser-list|Nollywood studio opens training academy for young editors
"""),
 dict(id="naija-pulse-2", site="naija-pulse", lang="en", sep="\n\n", title="Abuja hospital performs first kidney transplant", date="2025-05-30", page="""
menu|Home
menu|News
menu|Politics
menu|Business
menu|Entertainment
h1|Abuja hospital performs first kidney transplant
byline|By Ngozi Eze
dateline|May 30, 2025
comments|0 Comments
share|Share
lead|A public hospital in Abuja has carried out its first kidney transplant, a milestone that doctors say will spare patients costly trips abroad.
ad|Advertisement
p|The operation, performed by a team of Nigerian surgeons trained in India and the United Kingdom, lasted six hours. Both the donor, the patient's brother, and the recipient are recovering well.
p|Until now, most Nigerian patients needing a transplant travelled abroad, at a cost few families could afford.
social|Click here to join our WhatsApp channel for the latest news
newsletter|Subscribe to our newsletter
newsletter|Don't miss out on the latest news, subscribe to get daily updates.
teaser-list|Related Posts
teaser-list|Kano farmers adopt drip irrigation to beat dry season
"""),
 dict(id="northern-daily-ca-1", site="northern-daily-ca", lang="en", sep="\n", title="Winnipeg opens warming centres as temperatures plunge", date="2025-01-09", page="""
menu|Northern Daily
menu|Canada
menu|World
menu|Business
menu|Opinion
h1|Winnipeg opens warming centres as temperatures plunge
byline|The Canadian Press
dateline|Published January 9, 2025
gallery|Open this photo in gallery:
caption|A man walks along a snow-covered street in Winnipeg on Wednesday.
lead|The City of Winnipeg opened six warming centres on Thursday as an extreme cold warning took effect, with wind chills expected to reach minus 45.
p|The centres will stay open around the clock until the warning ends, the city said.
p|Outreach workers are visiting encampments to offer transport to shelters and to hand out blankets and hand warmers.
p|Environment Canada says the cold snap should ease early next week.
feedback|Report an error
footer|Editorial code of conduct
teaser-list|Trending
teaser-list|Bank of Canada holds rate steady
"""),
 dict(id="northern-daily-ca-2", site="northern-daily-ca", lang="en", sep="\n", title="Halifax ferry service adds evening sailings", date="2025-04-14", page="""
menu|Northern Daily
menu|Canada
menu|World
menu|Business
menu|Opinion
h1|Halifax ferry service adds evening sailings
byline|Jennifer MacLeod
dateline|Published April 14, 2025
gallery|Open this photo in gallery:
caption|A harbour ferry leaves the Halifax terminal on Monday.
lead|Halifax Transit will add evening ferry sailings between downtown and Dartmouth starting next month, responding to requests from shift workers.
p|The last ferry will now leave at 11:30 p.m. on weeknights, an hour later than before.
p|The city expects the change to cost about 400,000 dollars a year.
feedback|Report an error
footer|Editorial code of conduct
teaser-list|Trending
teaser-list|Winnipeg opens warming centres as temperatures plunge
"""),
]
