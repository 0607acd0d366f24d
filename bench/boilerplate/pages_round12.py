# Round 12: eight pages on four more sites (West African layouts), written block by block after all tuning,
# measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND12 = [
 dict(id="faso-hebdo-1", site="faso-hebdo", lang="fr", sep="\n", title="Koudougou : les étudiants en médecine réclament un nouveau CHU", date="2025-03-03", page="""
menu|Accueil
menu|Actualités
menu|Politique
menu|Société
menu|Économie
menu|Culture
menu|Sports
menu|Annonces
dateline|Publié le lundi 3 mars 2025 à 10h30min
share|PARTAGER :
h1|Koudougou : les étudiants en médecine réclament un nouveau CHU
lead|Les étudiants de la faculté de médecine de Koudougou ont observé lundi un sit-in devant la présidence de l’université pour réclamer la construction d’un centre hospitalier universitaire.
p|Faute d’hôpital universitaire dans la ville, les étudiants doivent effectuer leurs stages à Ouagadougou, à une centaine de kilomètres, à leurs frais. Beaucoup disent ne pas pouvoir payer le transport et le logement.
p|Le président de l’université a reçu une délégation et rappelé que le projet de CHU figurait dans le plan national de développement sanitaire. Il a promis d’interpeller le ministère.
signature|Fatimata Sawadogo
signature|Faso Hebdo
comments|Vos réactions (12)
comments|Vos commentaires
share|Envoyer par mail
share|Imprimer
teaser-list|Dans la même rubrique
teaser-list|Bobo-Dioulasso : la SNV lance une formation pour les jeunes ruraux
teaser-list|3 mars 2025
teaser-list|Ouahigouya : un forage solaire pour le lycée provincial
teaser-list|2 mars 2025
teaser-list|Dernières dépêches
teaser-list|Tenkodogo : la foire régionale reportée
"""),
 dict(id="faso-hebdo-2", site="faso-hebdo", lang="fr", sep="\n", title="Fada N’Gourma : une unité de transformation de karité inaugurée", date="2025-05-19", page="""
menu|Accueil
menu|Actualités
menu|Politique
menu|Société
menu|Économie
menu|Culture
menu|Sports
menu|Annonces
dateline|Publié le lundi 19 mai 2025 à 16h05min
share|PARTAGER :
h1|Fada N’Gourma : une unité de transformation de karité inaugurée
lead|Une coopérative de femmes de Fada N’Gourma dispose désormais d’une unité moderne de transformation des amandes de karité en beurre, inaugurée samedi.
p|L’unité, équipée de broyeurs et d’une presse, permettra de produire davantage et d’améliorer la qualité du beurre, destiné au marché local et à l’exportation.
p|La présidente de la coopérative espère que les revenus des trois cents membres augmenteront sensiblement dès cette campagne.
signature|Jean-Paul Ouédraogo
signature|Correspondant à Fada N’Gourma
comments|Vos réactions (3)
comments|Vos commentaires
share|Envoyer par mail
share|Imprimer
teaser-list|Dans la même rubrique
teaser-list|Kaya : les maraîchers manquent d’eau
teaser-list|18 mai 2025
teaser-list|Dernières dépêches
teaser-list|Tenkodogo : la foire régionale reportée
"""),
 dict(id="ivoire-net-1", site="ivoire-net", lang="fr", sep="\n\n", title="Korhogo : la campagne de vaccination du bétail est lancée", date="2025-03-04", page="""
menu|Accueil | Actualités | Économie | Politique | Société | Sport | Culture
h1|Korhogo : la campagne de vaccination du bétail est lancée
dateline|Publié le mardi 4 mars 2025 | AIP
credit|© AIP par DR
caption|Lancement de la campagne de vaccination du bétail à Korhogo
lead|La campagne annuelle de vaccination du bétail a été lancée lundi à Korhogo, dans le nord de la Côte d’Ivoire, avec l’objectif de protéger plus de deux cent mille bovins contre la péripneumonie.
p|Des équipes de vétérinaires vont sillonner les villages de la région pendant six semaines. La vaccination est gratuite pour les éleveurs, grâce à un financement de l’État.
p|Le directeur régional des ressources animales a invité les éleveurs à présenter tous leurs animaux, rappelant que les maladies se propagent vite dans les troupeaux non vaccinés.
teaser-list|Autres articles
teaser-list|Bouaké : ouverture d’un centre de formation aux métiers du bâtiment
teaser-list|Man : les producteurs de café réclament des pistes
teaser-list|Les articles les plus lus
teaser-list|Abidjan : le quatrième pont ouvre à la circulation
teaser-list|Voir plus
"""),
 dict(id="ivoire-net-2", site="ivoire-net", lang="fr", sep="\n\n", title="San Pedro : le port accueille un navire de croisière pour la première fois", date="2025-11-18", page="""
menu|Accueil | Actualités | Économie | Politique | Société | Sport | Culture
h1|San Pedro : le port accueille un navire de croisière pour la première fois
dateline|Publié le mardi 18 novembre 2025 | AIP
lead|Le port de San Pedro a accueilli lundi son premier navire de croisière, avec à son bord plus de mille passagers venus découvrir la région.
p|Les visiteurs ont été accueillis au son des tambours avant de partir en excursion vers les plages et les plantations de cacao des environs.
p|Les autorités portuaires espèrent faire de San Pedro une escale régulière pour les compagnies de croisière qui longent la côte ouest-africaine.
teaser-list|Autres articles
teaser-list|Korhogo : la campagne de vaccination du bétail est lancée
teaser-list|Les articles les plus lus
teaser-list|Abidjan : le quatrième pont ouvre à la circulation
teaser-list|Voir plus
"""),
 dict(id="sene-actu-1", site="sene-actu", lang="fr", sep="\n", title="Kaolack : les producteurs d’arachide dénoncent les bons impayés", date="2025-12-02", page="""
menu|SeneActu
menu|Actualité Politique Économie Sport People Vidéos
byline|Par Rédaction SeneActu – 2 décembre 2025
ad|Pub
lead|Plusieurs semaines après la livraison de leur récolte, des producteurs d’arachide de la région de Kaolack attendent toujours d’être payés par certains opérateurs privés.
p|Les paysans disent avoir reçu des bons en échange de leurs graines, sans date de paiement. Certains ont dû emprunter pour nourrir leur famille et préparer la prochaine saison.
p|Le ministère de l’Agriculture a annoncé une réunion avec les opérateurs concernés et menace de leur retirer leur agrément s’ils ne règlent pas leurs dettes rapidement.
social|Suivez SeneActu sur WhatsApp
teaser-list|Articles liés
teaser-list|Chargement...
teaser-list|Dernières nouvelles
teaser-list|Thiès : le marché central rouvre après l’incendie de mars
teaser-list|il y a 6 heures
"""),
 dict(id="sene-actu-2", site="sene-actu", lang="fr", sep="\n", title="Ziguinchor : réouverture de la liaison maritime avec Dakar", date="2025-02-11", page="""
menu|SeneActu
menu|Actualité Politique Économie Sport People Vidéos
byline|Par Rédaction SeneActu – 11 février 2025
ad|Pub
lead|La liaison maritime entre Dakar et Ziguinchor a repris mardi après trois semaines d’interruption pour l’entretien annuel du navire.
p|Les commerçants de Casamance attendaient cette reprise avec impatience : le bateau reste le moyen le plus sûr et le moins cher de transporter leurs marchandises vers la capitale.
p|La compagnie annonce des rotations supplémentaires en fin de semaine pour absorber l’afflux de passagers.
social|Suivez SeneActu sur WhatsApp
teaser-list|Articles liés
teaser-list|Chargement...
teaser-list|Dernières nouvelles
teaser-list|Kaolack : les producteurs d’arachide dénoncent les bons impayés
teaser-list|il y a 2 jours
"""),
 dict(id="bamako-net-1", site="bamako-net", lang="fr", sep="\n\n", title="Kati : le marché à bétail déménage hors de la ville", date="2025-04-08", page="""
breadcrumb|Accueil | Société | Article
h1|Kati : le marché à bétail déménage hors de la ville
dateline|Publié le mardi 8 avril 2025 | L’Essor
lead|Le marché à bétail de Kati va quitter le centre-ville pour un nouveau site aménagé à la sortie de la ville, sur la route de Kolokani.
p|La mairie explique ce déménagement par les embouteillages et les problèmes d’hygiène causés par le marché, installé depuis des décennies près de la gare routière.
p|Le nouveau site dispose d’abreuvoirs, d’un quai d’embarquement pour les camions et d’un poste vétérinaire. Les marchands de bétail ont obtenu un délai de deux mois pour s’y installer.
signature|Source : L’Essor
nav|Article Précédent
nav|Article Suivant
comments|Commentaires
comments|Les commentaires sont modérés.
teaser-list|Dans le dossier
teaser-list|Société
"""),
 dict(id="bamako-net-2", site="bamako-net", lang="fr", sep="\n\n", title="Sikasso : un nouveau lycée technique ouvre à la rentrée", date="2025-09-30", page="""
breadcrumb|Accueil | Éducation | Article
h1|Sikasso : un nouveau lycée technique ouvre à la rentrée
dateline|Publié le mardi 30 septembre 2025 | Le Républicain
lead|Un lycée technique accueillera ses premiers élèves à Sikasso à la rentrée d’octobre, avec des filières en électricité, en mécanique agricole et en froid.
p|L’établissement a été construit avec l’appui d’un partenaire étranger et pourra recevoir six cents élèves. Des ateliers équipés permettront des travaux pratiques dès la première année.
p|Les entreprises de la région, qui peinent à recruter des techniciens, ont été associées à la définition des programmes.
signature|Source : Le Républicain
nav|Article Précédent
nav|Article Suivant
comments|Commentaires
comments|Les commentaires sont modérés.
teaser-list|Dans le dossier
teaser-list|Éducation
"""),
]
