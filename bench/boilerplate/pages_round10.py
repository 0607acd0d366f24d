# Round 10: eight pages on four more sites, written block by block after all tuning, measured once.
# Each line: "label|text" (body roles: h1, lead, p, h2, li, byline, dateline, signature; anything else is junk).
# Invented text; no real article is copied.
ROUND10 = [
 dict(id="ngo-releases-1", site="ngo-releases", lang="fr", sep="\n\n", title="Mali : 40 000 enfants vaccinés contre la rougeole dans la région de Mopti", date="2025-04-17", page="""
menu|Accueil > Salle de presse > Communiqués
section-label|COMMUNIQUÉ DE PRESSE
h1|Mali : 40 000 enfants vaccinés contre la rougeole dans la région de Mopti
dateline|BAMAKO, le 17 avril 2025
lead|Une campagne de vaccination contre la rougeole a permis de protéger plus de quarante mille enfants de moins de cinq ans dans la région de Mopti, annonce aujourd’hui l’association Santé Sahel.
p|Menée pendant deux semaines avec les autorités sanitaires, la campagne a mobilisé deux cents agents, dont des équipes mobiles qui ont rejoint les villages isolés à moto et en pirogue.
p|« Chaque enfant vacciné est un enfant protégé d’une maladie qui peut tuer », a déclaré la directrice de l’association.
p|La région avait connu plusieurs foyers épidémiques l’an dernier, favorisés par la baisse de la couverture vaccinale.
boilerplate-about|À propos de Santé Sahel
boilerplate-about|Santé Sahel est une association qui soutient depuis 2004 les centres de santé communautaires du Mali et du Niger. Elle intervient dans la vaccination, la nutrition et la santé maternelle.
contact|Contact presse : presse@santesahel.org
share|Partager ce communiqué
footer|Mentions légales | Nous soutenir | Contact
"""),
 dict(id="ngo-releases-2", site="ngo-releases", lang="fr", sep="\n\n", title="Niger : ouverture de dix centres de nutrition à Maradi", date="2025-08-04", page="""
menu|Accueil > Salle de presse > Communiqués
section-label|COMMUNIQUÉ DE PRESSE
h1|Niger : ouverture de dix centres de nutrition à Maradi
dateline|NIAMEY, le 4 août 2025
lead|Santé Sahel ouvre cette semaine dix centres de prise en charge de la malnutrition dans la région de Maradi, où la période de soudure fait craindre une hausse des cas.
p|Les centres accueilleront les enfants souffrant de malnutrition aiguë et leurs mères, qui recevront aussi des conseils d’alimentation.
p|L’association appelle les donateurs à renforcer leur soutien avant le pic attendu en septembre.
boilerplate-about|À propos de Santé Sahel
boilerplate-about|Santé Sahel est une association qui soutient depuis 2004 les centres de santé communautaires du Mali et du Niger. Elle intervient dans la vaccination, la nutrition et la santé maternelle.
contact|Contact presse : presse@santesahel.org
share|Partager ce communiqué
footer|Mentions légales | Nous soutenir | Contact
"""),
 dict(id="county-gov-1", site="county-gov", lang="en", sep="\n", title="New recycling collections start for flats and apartments", date="2025-05-12", page="""
menu|Skip to main content
menu|Bins and recycling
menu|Council tax
menu|Planning
menu|Roads and transport
breadcrumb|Home > News > New recycling collections start for flats and apartments
h1|New recycling collections start for flats and apartments
dateline|Published: 12 May 2025
lead|Residents of flats and apartments across the county will be able to recycle food waste and glass from next month.
p|Until now, many blocks of flats only had bins for general waste and mixed recycling, because space for extra containers was limited.
p|The council has worked with housing associations to find room for new bins at more than 300 sites.
p|Leaflets explaining what can go in each bin will be delivered to every flat in the coming weeks.
feedback|Was this page helpful?
feedback|Yes
feedback|No
print|Print this page
updated|Page last updated: 12 May 2025
footer|Accessibility statement | Cookies | Privacy notice | Contact us
"""),
 dict(id="county-gov-2", site="county-gov", lang="en", sep="\n", title="Road resurfacing programme to cover 120 miles this summer", date="2025-06-02", page="""
menu|Skip to main content
menu|Bins and recycling
menu|Council tax
menu|Planning
menu|Roads and transport
breadcrumb|Home > News > Road resurfacing programme to cover 120 miles this summer
h1|Road resurfacing programme to cover 120 miles this summer
dateline|Published: 2 June 2025
lead|The council will resurface about 120 miles of road between June and September, its largest programme for a decade.
p|Work will focus on rural routes where potholes have multiplied after two wet winters.
p|Most work will take place during the day, with temporary traffic lights rather than full closures where possible.
p|A map of planned works is available on the council's website and will be updated every week.
feedback|Was this page helpful?
feedback|Yes
feedback|No
print|Print this page
updated|Page last updated: 2 June 2025
footer|Accessibility statement | Cookies | Privacy notice | Contact us
"""),
 dict(id="le-matin-regional-1", site="le-matin-regional", lang="fr", sep="\n", title="Grenoble : la patinoire municipale fermée pour travaux jusqu’en décembre", date="2025-06-17", page="""
menu|Le Matin Régional
menu|Grenoble
menu|Isère
menu|Savoie
menu|Sports
menu|Loisirs
h1|Grenoble : la patinoire municipale fermée pour travaux jusqu’en décembre
byline|Claire Martin
dateline|Le 17/06/2025 à 06:00
reading-time|2 min
share|Partager
lead|La patinoire municipale de Grenoble fermera ses portes à la fin du mois pour six mois de travaux de rénovation de son système de refroidissement.
p|L’installation actuelle, vieille de plus de trente ans, consomme beaucoup d’énergie et utilise un gaz réfrigérant désormais interdit.
paywall|Il vous reste 70 % de cet article à lire.
paywall|Abonnez-vous pour lire la suite
paywall|Déjà abonné ? Se connecter
teaser-list|À lire aussi
teaser-list|Isère : les stations de ski préparent l’hiver
teaser-list|Il y a 2 h
teaser-list|Grenoble : un nouveau parc au bord de l’Isère
teaser-list|Il y a 5 h
"""),
 dict(id="le-matin-regional-2", site="le-matin-regional", lang="fr", sep="\n", title="Chambéry : le festival du premier roman fête ses 40 ans", date="2025-05-22", page="""
menu|Le Matin Régional
menu|Grenoble
menu|Isère
menu|Savoie
menu|Sports
menu|Loisirs
h1|Chambéry : le festival du premier roman fête ses 40 ans
byline|Paul Girard
dateline|Le 22/05/2025 à 18:30
reading-time|3 min
share|Partager
lead|Le festival qui met à l’honneur les premiers romans francophones célèbre cette semaine sa quarantième édition, avec une quinzaine d’auteurs invités.
p|Des comités de lecture réunissant plusieurs milliers de lecteurs en France et à l’étranger ont sélectionné les livres présentés cette année.
p|Les rencontres avec les auteurs se tiennent dans les écoles, les bibliothèques et les cafés de la ville, et sont ouvertes à tous.
paywall|Il vous reste 55 % de cet article à lire.
paywall|Abonnez-vous pour lire la suite
paywall|Déjà abonné ? Se connecter
teaser-list|À lire aussi
teaser-list|Savoie : les refuges de montagne affichent complet
teaser-list|Il y a 1 h
"""),
 dict(id="asia-africa-wire-1", site="asia-africa-wire", lang="en", sep="\n\n", title="Ethiopia opens new industrial park for textile exports", date="2025-03-19", page="""
menu|HOME | WORLD | BUSINESS | AFRICA | SCI-TECH | PHOTOS
h1|Ethiopia opens new industrial park for textile exports
dateline|Source: AAW | 2025-03-19 17:05:12
byline|Editor: Liu Mei
share|Print
share|Enlarge text
share|Reduce text
lead|ADDIS ABABA, March 19 (AAW) -- Ethiopia on Wednesday inaugurated a new industrial park dedicated to textile and garment production, which the government expects to create 20,000 jobs.
p|The park, located about 50 km south of the capital, has 15 factory sheds, a wastewater treatment plant and a training centre for workers.
p|Officials said the park would help Ethiopia increase its exports of clothing to Europe and Asia.
p|Ethiopia has built more than a dozen industrial parks over the past decade as part of its strategy to develop manufacturing.
teaser-list|Related:
teaser-list|Kenya's tea exports rise as new auction rules take effect
teaser-list|Ghana signs deal to build solar plants in three northern regions
copyright|Copyright © 2025 Asia Africa Wire. All rights reserved.
"""),
 dict(id="asia-africa-wire-2", site="asia-africa-wire", lang="en", sep="\n\n", title="Tanzania launches electric train service between Dar es Salaam and Dodoma", date="2025-08-01", page="""
menu|HOME | WORLD | BUSINESS | AFRICA | SCI-TECH | PHOTOS
h1|Tanzania launches electric train service between Dar es Salaam and Dodoma
dateline|Source: AAW | 2025-08-01 09:40:33
byline|Editor: Zhang Wei
share|Print
share|Enlarge text
share|Reduce text
lead|DAR ES SALAAM, Aug. 1 (AAW) -- Tanzania on Friday launched a passenger service on its new electric railway linking the commercial capital Dar es Salaam to the political capital Dodoma.
p|The journey of about 450 km now takes less than four hours, compared with around nine hours by road.
p|The railway is part of a larger network that will eventually link Tanzania with its landlocked neighbours.
teaser-list|Related:
teaser-list|Ethiopia opens new industrial park for textile exports
teaser-list|Drought pushes Zambia to import electricity from neighbours
copyright|Copyright © 2025 Asia Africa Wire. All rights reserved.
"""),
]
