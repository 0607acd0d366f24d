# Round 7: ten pages on five more sites, written block by block after all tuning, measured once.
# Each line: "label|text" (body roles: h1, lead, p, h2, li, byline, dateline, signature; anything else is junk).
# Invented text; no real article is copied.
ROUND7 = [
 dict(id="niamey-direct-1", site="niamey-direct", lang="fr", sep="\n", title="Niamey : la fourrière municipale déborde de motos saisies", date="2025-03-11", page="""
menu|• Accueil
menu|• Politique
menu|• Société
menu|• Économie
menu|• Sport
menu|• Contact
ticker|EN CONTINU
ticker|Zinder : une école rénovée par les parents d’élèves
h1|Niamey : la fourrière municipale déborde de motos saisies
byline|par Hadiza Issa
dateline|11 mars 2025
share|Partager :
share|Facebook
share|WhatsApp
lead|Plus de deux mille motos saisies lors des contrôles routiers s’entassent dans la fourrière municipale de Niamey. Beaucoup de propriétaires n’ont pas les moyens de payer l’amende pour les récupérer.
p|Depuis le début de l’année, la police multiplie les contrôles des papiers et des casques. Les motos en infraction sont conduites à la fourrière, où leurs propriétaires doivent payer une amende et des frais de garde qui augmentent chaque jour.
h2|« Je ne peux pas payer »
p|Devant le portail, un jeune livreur attend depuis le matin. « Ma moto, c’est mon travail. Sans elle, je ne gagne rien, et sans argent je ne peux pas payer l’amende », explique-t-il.
p|La mairie annonce une vente aux enchères des motos non réclamées depuis plus de six mois. Une partie de la recette doit financer la campagne de sensibilisation au port du casque.
li|Amende pour défaut de casque : 5 000 francs CFA ;
li|Frais de garde : 500 francs CFA par jour ;
li|Délai avant mise aux enchères : six mois.
comments|Commentaires via Facebook
teaser-list|À LA UNE
teaser-list|Dosso : le marché de bétail rouvre après trois semaines de fermeture
teaser-list|il y a 40 minutes
teaser-list|Agadez : les orpailleurs dénoncent la hausse du prix du carburant
teaser-list|il y a 3 heures
footer|Niamey Direct © 2025
"""),
 dict(id="niamey-direct-2", site="niamey-direct", lang="fr", sep="\n", title="Tillabéri : des puits pastoraux réhabilités avant la saison sèche", date="2025-10-21", page="""
menu|• Accueil
menu|• Politique
menu|• Société
menu|• Économie
menu|• Sport
menu|• Contact
ticker|EN CONTINU
ticker|Maradi : la foire de l’arachide attire les acheteurs nigérians
h1|Tillabéri : des puits pastoraux réhabilités avant la saison sèche
byline|par Oumarou Seydou
dateline|21 octobre 2025
share|Partager :
share|Facebook
share|WhatsApp
lead|Une vingtaine de puits pastoraux de la région de Tillabéri ont été remis en état, permettant aux éleveurs de faire boire leurs troupeaux sans parcourir des dizaines de kilomètres.
p|Les travaux, menés par les services de l’hydraulique avec des associations d’éleveurs, ont consisté à curer les puits, à reconstruire les margelles et à installer des abreuvoirs en béton.
p|Chaque puits est désormais géré par un comité qui fixe les tours d’abreuvement et perçoit une petite contribution pour l’entretien. Les conflits entre éleveurs et agriculteurs autour des points d’eau devraient diminuer, espèrent les autorités.
p|Les éleveurs demandent que le programme soit étendu aux zones les plus reculées, où la plupart des puits sont hors d’usage depuis des années.
comments|Commentaires via Facebook
teaser-list|À LA UNE
teaser-list|Dosso : le marché de bétail rouvre après trois semaines de fermeture
teaser-list|il y a 1 heure
teaser-list|Niamey : la fourrière municipale déborde de motos saisies
teaser-list|hier
footer|Niamey Direct © 2025
"""),
 dict(id="prairie-post-1", site="prairie-post", lang="en", sep="\n\n", title="Grain elevator fire forces evacuation of rural town", date="2025-09-02", page="""
menu|Prairie Post
menu|Local | Farm | Sports | Obituaries | Classifieds | E-edition
subscribe|Subscribe
subscribe|Log In
alert|BREAKING: Highway 16 closed east of Riverton after crash
h1|Grain elevator fire forces evacuation of rural town
lead|About 300 residents spent the night in a school gym as crews battled the blaze.
byline|By Hannah Cole
byline|Staff Writer
dateline|Sep 2, 2025 Updated Sep 3, 2025
share|Facebook
share|Twitter
share|Email
share|Print
caption|Smoke rises from the grain elevator on Tuesday evening.
credit|Hannah Cole / Prairie Post
p|A fire that broke out in a grain elevator on Tuesday afternoon forced the evacuation of part of Riverton, as firefighters from five departments worked through the night to keep it from spreading.
p|No injuries were reported.
p|The fire chief said dust inside the elevator may have ignited during unloading. "Grain dust is as dangerous as fuel when it's in the air," he said.
p|Residents were allowed to return home on Wednesday morning. The cooperative that owns the elevator said it was too early to estimate the damage.
ad|Sponsored Content
teaser-list|Most Popular
teaser-list|Harvest running ahead of schedule
teaser-list|High school football: Riverton wins opener
comments|Comments
comments|Please log in to comment.
"""),
 dict(id="prairie-post-2", site="prairie-post", lang="en", sep="\n\n", title="County fair breaks attendance record despite heat", date="2025-08-11", page="""
menu|Prairie Post
menu|Local | Farm | Sports | Obituaries | Classifieds | E-edition
subscribe|Subscribe
subscribe|Log In
h1|County fair breaks attendance record despite heat
lead|More than 60,000 visitors came through the gates over five days.
byline|By Luis Ortega
byline|Staff Writer
dateline|Aug 11, 2025
share|Facebook
share|Twitter
share|Email
share|Print
p|The county fair drew its largest crowds ever this year, organizers said Monday, even as temperatures topped 95 degrees on three of the five days.
p|Extra water stations and shaded seating were added after last year's fair, when several visitors were treated for heat exhaustion.
p|The livestock show remained the biggest draw. A 14-year-old from Riverton won the grand champion steer award.
p|"It's the best week of the year," said Martha Linden, who has entered her preserves in the fair for 40 years.
ad|Sponsored Content
teaser-list|Most Popular
teaser-list|Grain elevator fire forces evacuation of rural town
teaser-list|Harvest running ahead of schedule
comments|Comments
comments|Please log in to comment.
"""),
 dict(id="afrique-eco-hebdo-1", site="afrique-eco-hebdo", lang="fr", sep="\n\n", title="Cameroun : la production de café repart à la hausse", date="2025-06-06", page="""
menu|AFRIQUE ÉCO HEBDO
menu|Accueil Économie Finance Agro Mines Énergie
h1|Cameroun : la production de café repart à la hausse
repeat|Cameroun : la production de café repart à la hausse
byline|Par Eric Nkodo
dateline|Publié le 06 juin 2025
empty-label|Mis à jour le :
lead|Après une décennie de déclin, la production camerounaise de café a progressé de près de quinze pour cent lors de la dernière campagne, selon l’office national.
p|Le retour des prix à un niveau rémunérateur a convaincu de nombreux planteurs de rajeunir leurs caféiers. Des pépinières financées par l’interprofession distribuent chaque année plusieurs millions de plants.
p|La qualité reste un défi. Une grande partie de la récolte est encore vendue à bas prix faute d’un séchage et d’un tri suffisants. Des coopératives de l’Ouest ont investi dans des aires de séchage collectives pour y remédier.
read-also|LIRE AUSSI >> Côte d’Ivoire : la récolte de cacao s’annonce en baisse
p|Les exportateurs espèrent profiter de la demande croissante pour les cafés de spécialité, mieux payés, en Europe et en Asie.
share|Partager cet article
newsletter|Recevez notre newsletter hebdomadaire
teaser-list|Ces articles peuvent vous intéresser
teaser-list|Gabon : le bois transformé localement progresse
teaser-list|Tchad : le prix du coton fixé pour la campagne
copyright|© Afrique Éco Hebdo – Tous droits réservés
"""),
 dict(id="afrique-eco-hebdo-2", site="afrique-eco-hebdo", lang="fr", sep="\n\n", title="Bénin : le port sec de Parakou ouvre ses portes", date="2025-12-01", page="""
menu|AFRIQUE ÉCO HEBDO
menu|Accueil Économie Finance Agro Mines Énergie
h1|Bénin : le port sec de Parakou ouvre ses portes
repeat|Bénin : le port sec de Parakou ouvre ses portes
byline|Par Gisèle Hounsou
dateline|Publié le 01 décembre 2025
empty-label|Mis à jour le :
lead|Le port sec de Parakou, dans le nord du Bénin, a reçu ses premiers conteneurs cette semaine. Il doit désengorger le port de Cotonou et rapprocher les services douaniers des pays sahéliens.
p|Les marchandises arrivent désormais par camion ou par train depuis Cotonou et sont dédouanées à Parakou, avant de repartir vers le Niger ou le Burkina Faso. Les transporteurs espèrent gagner plusieurs jours sur chaque trajet.
p|Le site compte des entrepôts, un parking pour les camions et des bureaux pour les douanes et les transitaires. Il a été construit par un partenariat entre l’État et un opérateur privé.
p|Les commerçants de la ville attendent des retombées importantes, notamment pour les restaurants et les garages.
share|Partager cet article
newsletter|Recevez notre newsletter hebdomadaire
teaser-list|Ces articles peuvent vous intéresser
teaser-list|Togo : le port de Lomé bat un nouveau record
teaser-list|Niger : la route de l’uranium cherche un second souffle
copyright|© Afrique Éco Hebdo – Tous droits réservés
"""),
 dict(id="capital-review-1", site="capital-review", lang="en", sep="\n", title="Parliament passes bill to protect whistleblowers", date="2025-02-27", page="""
menu|Capital Review
menu|Politics
menu|Economy
menu|World
menu|Culture
menu|Podcasts
h1|Parliament passes bill to protect whistleblowers
lead|The law shields employees who report wrongdoing from dismissal and creates an independent office to receive complaints.
byline|Written by Priya Nair
dateline|27 February 2025
reading-time|6 minute read
p|Lawmakers voted by a large majority on Thursday to approve a bill protecting whistleblowers in public and private organisations, ending two years of debate.
p|Under the law, employees who report fraud, danger to health or breaches of the law cannot be dismissed, demoted or sued for doing so, provided they act in good faith.
h2|What changes
li|Companies with more than 50 staff must set up a confidential reporting channel.
li|A new independent office will receive reports that cannot be made internally.
li|Retaliation against a whistleblower becomes a criminal offence.
p|Campaigners welcomed the vote but said the office would need enough staff and money to handle cases quickly.
related|Related
teaser-list|Budget: what the chancellor's plans mean for you
teaser-list|Explainer: how a bill becomes law
newsletter|The Capital Review Daily
newsletter|Our best journalism, every weekday morning.
newsletter|Sign up
footer|About us Contact Careers Privacy Terms
"""),
 dict(id="capital-review-2", site="capital-review", lang="en", sep="\n", title="Opposition leader calls for inquiry into procurement contracts", date="2025-06-18", page="""
menu|Capital Review
menu|Politics
menu|Economy
menu|World
menu|Culture
menu|Podcasts
h1|Opposition leader calls for inquiry into procurement contracts
lead|She said contracts worth millions were awarded without competition during the pandemic.
byline|Written by Tom Baxter
dateline|18 June 2025
reading-time|4 minute read
p|The leader of the opposition on Wednesday called for an independent inquiry into how government contracts were awarded during the pandemic, saying several were handed to companies without any competitive process.
p|Ministers have defended the contracts as necessary at a time of emergency, when supplies had to be bought within days.
p|"Emergencies do not suspend the rules on public money," she told reporters outside parliament.
p|The government said it would respond to the request after the audit office publishes its review in the autumn.
related|Related
teaser-list|Budget: what the chancellor's plans mean for you
teaser-list|Whistleblower law: what it means for employees
newsletter|The Capital Review Daily
newsletter|Our best journalism, every weekday morning.
newsletter|Sign up
footer|About us Contact Careers Privacy Terms
"""),
 dict(id="guinee-matin-1", site="guinee-matin", lang="fr", sep="\n\n", title="Labé : les étudiants de l’université réclament de nouveaux amphithéâtres", date="2025-01-14", page="""
handle|Guinée Matin | X
handle|@guineematin
menu|ACCUEIL ACTUALITÉS POLITIQUE ÉCONOMIE SPORT CULTURE
h1|Labé : les étudiants de l’université réclament de nouveaux amphithéâtres
dateline|14 janvier 2025 à 12:10
byline|Par Alpha Baldé, correspondant régional
share|Partager
share|Tweeter
photo-credit|© Alpha Baldé
caption|Des étudiants suivent un cours debout dans un amphithéâtre bondé
lead|Plusieurs centaines d’étudiants de l’université de Labé ont manifesté mardi devant le rectorat pour dénoncer des amphithéâtres trop petits et des cours suivis debout.
p|Conçus pour accueillir quelques centaines d’étudiants, les amphithéâtres en reçoivent aujourd’hui plus du double. Certains étudiants arrivent deux heures avant le début des cours pour trouver une place assise.
p|Le recteur a reçu une délégation et promis la construction d’un nouveau bâtiment dès que le financement sera disponible. En attendant, des cours seront dédoublés pour les premières années.
p|Les étudiants donnent un mois aux autorités avant de reprendre leur mouvement.
ad|PUBLICITÉ
teaser-list|Articles similaires
teaser-list|Mamou : la route nationale enfin réparée
teaser-list|13 janvier 2025
teaser-list|Kindia : une coopérative de fonio primée
teaser-list|12 janvier 2025
"""),
 dict(id="guinee-matin-2", site="guinee-matin", lang="fr", sep="\n\n", title="Faranah : le pont sur le Niger rouvert aux camions", date="2025-04-03", page="""
handle|Guinée Matin | X
handle|@guineematin
menu|ACCUEIL ACTUALITÉS POLITIQUE ÉCONOMIE SPORT CULTURE
h1|Faranah : le pont sur le Niger rouvert aux camions
dateline|3 avril 2025 à 09:45
byline|Par Mariama Keïta, correspondante régionale
share|Partager
share|Tweeter
lead|Fermé aux poids lourds depuis six mois pour des travaux de renforcement, le pont sur le fleuve Niger à Faranah a rouvert jeudi à tous les véhicules.
p|Pendant la fermeture, les camions devaient faire un détour de près de deux cents kilomètres, ce qui avait fait monter le prix de plusieurs produits sur les marchés de la région.
p|Les ingénieurs ont remplacé une partie des poutres et posé un nouveau revêtement. La charge maximale autorisée a été fixée à quarante tonnes.
p|Les transporteurs saluent la réouverture mais réclament un contrôle des surcharges, qu’ils accusent d’avoir abîmé l’ouvrage.
ad|PUBLICITÉ
teaser-list|Articles similaires
teaser-list|Labé : les étudiants de l’université réclament de nouveaux amphithéâtres
teaser-list|14 janvier 2025
teaser-list|Mamou : la route nationale enfin réparée
teaser-list|13 janvier 2025
"""),
]
