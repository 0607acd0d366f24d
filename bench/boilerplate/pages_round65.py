# Round 65: eight pages on four more layouts (a Lorraine regional daily, a Rwandan news site in French, a Kenyan
# business daily with a paywall, an Acadian community weekly), written blind: without looking at the classifier, its
# rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND65 = [
 dict(id="le-republicain-lorrain-style-1", site="le-republicain-lorrain-style", lang="fr", sep="\n\n", title="Thionville : la piscine du Lido fermée jusqu’à l’été pour une fuite sous le bassin", date="2026-10-14", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
menu|Le Messager Lorrain
menu|Mon édition : Thionville - Hayange
menu|Je m’abonne
menu|Se connecter
menu|Actualité  Moselle  Meurthe-et-Moselle  Faits divers - Justice  Sports  FC Metz  Loisirs  Services  Annonces  Avis de décès
menu|Metz | Thionville | Forbach | Sarreguemines | Sarrebourg | Briey | Longwy | Saint-Avold
breadcrumb|Accueil / Thionville - Hayange / Thionville
section-label|Loisirs
h1|Thionville : la piscine du Lido fermée jusqu’à l’été pour une fuite sous le bassin
lead|Les nageurs thionvillois devront patienter. Une fuite repérée sous le grand bassin du Lido impose des travaux lourds : l’équipement ne rouvrira pas avant juin 2027, a annoncé la Ville ce lundi.
byline|Par Mathieu Kieffer
dateline|Le 14/10/2026 à 05:30
reading-time|Temps de lecture : 3 min
share|Partager sur Facebook
share|Partager sur X
share|Partager par e-mail
share|Copier le lien
save|Ajouter à mes favoris
comments|12 commentaires
caption|Le grand bassin du Lido a été vidé début octobre après la découverte d’une perte d’eau anormale.
credit|Photo RL/Pierre Heckler
p|C’est un coup dur pour les clubs et les scolaires. La piscine du Lido, seul bassin de 25 mètres ouvert toute l’année à Thionville, restera fermée au moins jusqu’au mois de juin 2027. La municipalité l’a confirmé lundi soir, lors d’une réunion avec les associations sportives.
p|En cause : une fuite sous le grand bassin, détectée à la fin du mois de septembre. « Nous perdions près de quarante mètres cubes d’eau par jour. Au début, nous avons cru à un problème de compteur », explique l’adjoint aux sports, Laurent Becker.
ad|Publicité
p|Les premières inspections par caméra ont révélé une canalisation fissurée sur plusieurs mètres, coincée sous la dalle de béton. Impossible d’y accéder sans casser une partie du fond du bassin.
h2|Un chantier estimé à 780 000 euros
p|Le coût des travaux est estimé à 780 000 euros. La Ville espère obtenir une aide de l’agglomération et de l’État au titre de la rénovation des équipements sportifs. L’appel d’offres sera lancé d’ici la fin du mois.
p|« Tant qu’à casser le fond, nous en profiterons pour refaire l’étanchéité complète et changer une partie du système de filtration, qui date de 1994 », précise l’élu.
related|À lire aussi
related|Yutz : le futur centre aquatique intercommunal prend du retard
h2|Les clubs accueillis ailleurs
p|En attendant, les 420 licenciés du club de natation et les élèves des écoles primaires seront répartis entre les piscines de Yutz, de Hayange et d’Hettange-Grande. Des créneaux ont déjà été négociés pour les scolaires à partir du 2 novembre.
p|La présidente du Cercle nautique thionvillois, Sandrine Weiss, se dit « soulagée que des solutions existent », mais s’inquiète pour les compétitions de l’hiver. « Nous devions accueillir un meeting régional en mars. Il faudra trouver une autre ville. »
p|Les abonnés individuels pourront demander le remboursement de leur carte ou le report de sa validité, à l’accueil de l’hôtel de ville ou sur le site internet de la commune.
paywall|Vous avez aimé cet article ? Abonnez-vous pour 1 € le premier mois et accédez à tous nos contenus.
paywall|Je m’abonne
tags|Thionville  Sport  Natation  Travaux  Loisirs
comments|Réagir à l’article
comments|Les commentaires sont réservés aux abonnés. Se connecter
teaser-list|Le fil info
teaser-list|08:12
teaser-list|Metz : un automobiliste flashé à 142 km/h sur l’A31 dans la traversée de la ville
teaser-list|07:55
teaser-list|Florange : la fête de la pomme attire 3 000 visiteurs
teaser-list|07:30
teaser-list|FC Metz : deux absents pour le déplacement à Rodez
teaser-list|Voir tout le fil info
most-read|Les plus lus
most-read|1. Hayange : une maison ravagée par les flammes dans la nuit
most-read|2. Longwy : le nouveau marché de Noël dévoile son programme
most-read|3. Moselle : la carte des travaux routiers de la semaine
teaser-list|4. Thionville : la piscine du Lido fermée jusqu’à l’été pour une fuite sous le bassin
weather|Météo Thionville : 11° Averses
obituary|Avis de décès
obituary|Consultez les avis de décès de votre région et présentez vos condoléances
obituary|Rechercher un défunt
games|Jeux : mots fléchés, sudoku, mots croisés
ad|Contenus sponsorisés
sponsored|Ces retraités mosellans ont trouvé l’astuce pour réduire leur facture de chauffage
sponsored|Mutuelle seniors : comparez les offres de 2026
footer|Le Messager Lorrain  Qui sommes-nous ?  Nous contacter  Publicité  Nos offres d’abonnement  Le journal numérique  Newsletters  Applications mobiles
footer|Mentions légales  Conditions générales d’utilisation  Politique de confidentialité  Gestion des cookies  Accessibilité : non conforme
network|Un site du groupe Presse de l’Est : Le Messager Lorrain, L’Écho des Vosges, Le Courrier d’Alsace, La Gazette de Champagne
copyright|© Le Messager Lorrain 2026 - Tous droits réservés
"""),
 dict(id="le-republicain-lorrain-style-2", site="le-republicain-lorrain-style", lang="fr", sep="\n\n", title="Forbach : après vingt-trois ans derrière le comptoir, le boulanger de la rue Nationale passe la main", date="2026-11-03", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
menu|Le Messager Lorrain
menu|Mon édition : Forbach
menu|Je m’abonne
menu|Se connecter
menu|Actualité  Moselle  Meurthe-et-Moselle  Faits divers - Justice  Sports  FC Metz  Loisirs  Services  Annonces  Avis de décès
menu|Metz | Thionville | Forbach | Sarreguemines | Sarrebourg | Briey | Longwy | Saint-Avold
breadcrumb|Accueil / Forbach / Forbach
section-label|Commerce
h1|Forbach : après vingt-trois ans derrière le comptoir, le boulanger de la rue Nationale passe la main
lead|Gérard et Martine Schneider ferment ce samedi la porte de leur boulangerie pour la dernière fois en tant que patrons. Un jeune couple de Stiring-Wendel reprend l’affaire.
byline|Par Claire Muller
dateline|Le 03/11/2026 à 17:45 | mis à jour le 04/11/2026 à 08:10
reading-time|Temps de lecture : 2 min
share|Partager sur Facebook
share|Partager sur X
share|Partager par e-mail
share|Copier le lien
save|Ajouter à mes favoris
comments|3 commentaires
caption|Gérard et Martine Schneider, ici devant leur vitrine, ont vu défiler trois générations de clients.
credit|Photo RL/C.M.
p|Il est 5 heures du matin quand Gérard Schneider enfourne ses premières baguettes. Un geste répété des milliers de fois depuis 2003, date à laquelle il a racheté avec son épouse la boulangerie du bas de la rue Nationale. Samedi, ce sera la dernière fournée en tant que patron.
p|« On a 62 et 60 ans, le dos commence à dire stop », sourit le boulanger, originaire de Behren-lès-Forbach. « Mais on ne voulait pas fermer. Une rue sans boulangerie, c’est une rue qui meurt. »
ad|Publicité
p|Le couple a mis près de deux ans à trouver un repreneur. Plusieurs visites n’ont rien donné, jusqu’à la rencontre avec Kevin et Laura Hoffmann, 29 et 27 ans, tous deux passés par le centre de formation des apprentis de Forbach.
h2|Une transition en douceur
p|Depuis septembre, les repreneurs travaillent aux côtés des Schneider pour apprendre les recettes maison, dont la fameuse tarte au fromage blanc du dimanche. « On garde tout ce qui marche. On ajoutera juste quelques pains spéciaux et des sandwichs le midi », détaille Kevin Hoffmann.
p|Les horaires restent inchangés : du mardi au samedi de 6 h à 19 h, le dimanche de 6 h 30 à 12 h 30. La boutique fermera seulement deux jours, les 9 et 10 novembre, le temps d’un rafraîchissement de la vitrine.
p|Pour les clients fidèles, Martine Schneider a prévu un pot d’au revoir samedi à partir de 11 heures. « Certains venaient déjà enfants avec leurs parents, aujourd’hui ils viennent avec leurs petits-enfants. Ce sont eux qu’on va regretter. »
paywall|Vous avez aimé cet article ? Abonnez-vous pour 1 € le premier mois et accédez à tous nos contenus.
paywall|Je m’abonne
tags|Forbach  Commerce  Artisanat  Portrait
comments|Réagir à l’article
comments|Les commentaires sont réservés aux abonnés. Se connecter
teaser-list|Le fil info
teaser-list|18:20
teaser-list|Sarreguemines : la faïencerie ouvre ses ateliers au public ce week-end
teaser-list|18:02
teaser-list|Saint-Avold : collision entre un bus et une voiture, pas de blessé grave
teaser-list|17:48
teaser-list|Handball : Forbach s’impose d’un but face à Épinal
teaser-list|Voir tout le fil info
most-read|Les plus lus
most-read|1. Moselle-Est : les prix du carburant repartent à la hausse
most-read|2. Forbach : la fête foraine du Burghof s’installe pour deux semaines
most-read|3. Stiring-Wendel : un nouveau médecin généraliste en janvier
most-read|4. Behren : la médiathèque fête ses dix ans
weather|Météo Forbach : 7° Nuageux
obituary|Avis de décès
obituary|Consultez les avis de décès de votre région et présentez vos condoléances
obituary|Rechercher un défunt
games|Jeux : mots fléchés, sudoku, mots croisés
ad|Contenus sponsorisés
sponsored|Isolation des combles : ce que prévoit la nouvelle aide en Moselle
sponsored|Voici la voiture électrique la moins chère de l’année
footer|Le Messager Lorrain  Qui sommes-nous ?  Nous contacter  Publicité  Nos offres d’abonnement  Le journal numérique  Newsletters  Applications mobiles
footer|Mentions légales  Conditions générales d’utilisation  Politique de confidentialité  Gestion des cookies  Accessibilité : non conforme
network|Un site du groupe Presse de l’Est : Le Messager Lorrain, L’Écho des Vosges, Le Courrier d’Alsace, La Gazette de Champagne
copyright|© Le Messager Lorrain 2026 - Tous droits réservés
"""),
 dict(id="rwanda-newtimes-fr-style-1", site="rwanda-newtimes-fr-style", lang="fr", sep="\n", title="Kigali : les bus électriques arrivent sur trois nouvelles lignes dès janvier", date="2026-11-18", page="""
timestamp|Mercredi 18 novembre 2026
lang-switch|Ikinyarwanda | English | Français
social|Facebook  X  YouTube  Instagram
menu|LE COURRIER DE KIGALI
menu|Votre quotidien d’information sur le Rwanda et la région des Grands Lacs
menu|Accueil  Politique  Économie  Société  Santé  Éducation  Culture  Sport  Afrique  Monde  Opinions
ticker|Taux de change BNR : 1 USD = 1 412 RWF | 1 EUR = 1 538 RWF | 1 KES = 10,93 RWF
breadcrumb|Accueil » Économie » Transport
section-label|Transport
h1|Kigali : les bus électriques arrivent sur trois nouvelles lignes dès janvier
byline|Par Jean-Paul Nshimiyimana
dateline|Publié le : 18/11/2026 à 09:14
views|Lu 1 873 fois
share|Partager : Facebook  X  WhatsApp  LinkedIn  Telegram
caption|Un bus électrique en essai sur la route de Kimironko, mardi. Photo : Le Courrier de Kigali
lead|La Ville de Kigali et l’Autorité de régulation des services publics ont annoncé l’extension du réseau de bus électriques à trois nouvelles lignes, desservant Kimironko, Nyanza et Kagugu, à partir du 5 janvier 2027.
p|Quarante nouveaux bus électriques, livrés le mois dernier au port de Dar es Salaam puis acheminés par la route, seront mis en circulation progressivement. Ils rejoindront les vingt véhicules déjà en service sur la ligne Nyabugogo–centre-ville depuis 2024.
p|Selon le directeur de la mobilité urbaine à la Ville de Kigali, ces trois lignes ont été choisies parce qu’elles concentrent « les plus longues files d’attente aux heures de pointe ». Certains usagers de Kagugu attendent actuellement plus de quarante minutes le matin.
related|LIRE AUSSI : Nyabugogo : la nouvelle gare routière livrée en 2027
h2|Le tarif inchangé
p|Le prix du trajet restera aligné sur celui des bus diesel, soit entre 307 et 484 francs rwandais selon la distance. Le paiement se fera exclusivement par la carte sans contact déjà utilisée sur le réseau.
p|Les opérateurs privés qui exploitent les lignes concernées devront former leurs chauffeurs à la conduite des nouveaux véhicules. Une session de deux semaines est prévue en décembre au centre de formation de Gahanga.
h2|Des bornes de recharge à Remera
p|Pour alimenter cette flotte, un dépôt équipé de douze bornes de recharge rapide est en cours d’achèvement à Remera. Chaque bus peut parcourir environ 250 kilomètres avec une charge complète, soit une journée de service.
p|Les usagers interrogés mardi à l’arrêt de Kimironko se disent impatients. « Les bus actuels sont pleins dès 6 h 30. S’il y en a plus, et qu’ils font moins de bruit, tant mieux », confie Claudine, commerçante au marché.
p|Le gouvernement s’est fixé pour objectif de convertir 20 % des bus de la capitale à l’électrique d’ici 2030, dans le cadre de sa stratégie de réduction des émissions du secteur des transports.
tags|Mots-clés : Kigali, transport, bus électriques, mobilité urbaine
share|Partager cet article : Facebook  X  WhatsApp  E-mail
whatsapp|Rejoignez notre chaîne WhatsApp pour recevoir l’actualité en temps réel
comments|0 commentaire
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Publier le commentaire
related|Articles similaires
related|Huye : un nouveau marché moderne ouvre ses portes
related|Tourisme : le parc des Volcans accueille un record de visiteurs
related|Agriculture : la saison A démarre sous de bonnes pluies
ad|PUBLICITÉ
ad|RwandAir – Kigali–Paris direct, trois vols par semaine. Réservez maintenant
most-read|Les plus lus de la semaine
most-read|Musanze : ouverture d’un nouveau centre de formation hôtelière
most-read|Football : l’APR FC reprend la tête du championnat
most-read|Santé : campagne de dépistage gratuit du diabète à Rubavu
newsletter|Newsletter : inscrivez-vous pour recevoir chaque matin les titres du jour
newsletter|Votre e-mail
newsletter|S’inscrire
footer|Le Courrier de Kigali – KG 7 Ave, Kacyiru, Kigali, Rwanda – redaction@courrierkigali.rw – +250 788 000 000
footer|À propos | Équipe de rédaction | Publicité | Politique de confidentialité | Contact
copyright|© 2026 Le Courrier de Kigali. Tous droits réservés.
back-to-top|Haut de page
"""),
 dict(id="rwanda-newtimes-fr-style-2", site="rwanda-newtimes-fr-style", lang="fr", sep="\n", title="Rubavu : des coopératives de femmes relancent la culture de la pomme de terre", date="2026-10-27", page="""
timestamp|Mardi 27 octobre 2026
lang-switch|Ikinyarwanda | English | Français
social|Facebook  X  YouTube  Instagram
menu|LE COURRIER DE KIGALI
menu|Votre quotidien d’information sur le Rwanda et la région des Grands Lacs
menu|Accueil  Politique  Économie  Société  Santé  Éducation  Culture  Sport  Afrique  Monde  Opinions
ticker|Taux de change BNR : 1 USD = 1 409 RWF | 1 EUR = 1 531 RWF | 1 KES = 10,90 RWF
breadcrumb|Accueil » Économie » Agriculture
section-label|Agriculture
h1|Rubavu : des coopératives de femmes relancent la culture de la pomme de terre
byline|Par Aline Uwimana
dateline|Publié le : 27/10/2026 à 16:40
views|Lu 642 fois
share|Partager : Facebook  X  WhatsApp  LinkedIn  Telegram
caption|Des membres de la coopérative Twitezimbere trient la récolte à Nyundo. Photo : Aline Uwimana
lead|Dans le district de Rubavu, cinq coopératives réunissant plus de 900 agricultrices ont doublé leurs rendements de pomme de terre en deux saisons grâce à des semences améliorées et à un entrepôt frigorifique partagé.
p|Sur les pentes volcaniques de Nyundo, la récolte bat son plein. Les sacs de cent kilos s’alignent au bord de la piste, en attendant le camion de la coopérative.
p|« Avant, on récoltait sept ou huit tonnes à l’hectare. Cette saison, on dépasse les quinze tonnes », explique Esperance Mukamana, présidente de la coopérative Twitezimbere, qui compte 230 membres.
p|Ce résultat, les agricultrices l’attribuent à trois changements :
li|l’achat groupé de semences certifiées auprès de l’institut national de recherche agricole ;
li|la rotation des cultures avec le haricot, qui enrichit le sol ;
li|un entrepôt frigorifique, financé en partie par le district, qui permet de vendre hors saison.
related|LIRE AUSSI : Engrais : le gouvernement prolonge la subvention jusqu’en 2027
h2|Mieux vendre
p|L’entrepôt de 500 tonnes, inauguré en mars, change surtout la donne pour les prix. Au moment de la récolte, le kilo se vend parfois à 150 francs rwandais. Trois mois plus tard, il peut dépasser 400 francs.
p|Les coopératives ont signé un contrat avec deux grossistes de Kigali et une chaîne de restauration rapide, qui s’engagent à acheter une partie de la production à prix fixe.
p|Le maire adjoint chargé de l’économie du district souhaite étendre le modèle aux secteurs voisins l’an prochain. Un deuxième entrepôt est à l’étude à Kanama.
tags|Mots-clés : Rubavu, agriculture, coopératives, femmes, pomme de terre
share|Partager cet article : Facebook  X  WhatsApp  E-mail
whatsapp|Rejoignez notre chaîne WhatsApp pour recevoir l’actualité en temps réel
comments|2 commentaires
comments|Habimana Eric 27/10/2026 à 18:05
comments|Bravo à ces mamans, c’est un exemple pour tout le pays.
comments|Répondre
comments|Nadine K. 27/10/2026 à 20:31
comments|Il faudrait aussi des routes en bon état pour sortir la récolte.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Publier le commentaire
related|Articles similaires
related|Nyagatare : la filière lait se dote d’un centre de collecte
related|Café : les exportations en hausse de 12 % au troisième trimestre
related|Huye : un nouveau marché moderne ouvre ses portes
ad|PUBLICITÉ
ad|Banque populaire – Crédit agricole à taux réduit pour les coopératives. Renseignez-vous en agence
most-read|Les plus lus de la semaine
most-read|Éducation : le calendrier des examens nationaux publié
most-read|Basketball : le Rwanda qualifié pour l’AfroBasket
teaser-list|Rubavu : des coopératives de femmes relancent la culture de la pomme de terre
newsletter|Newsletter : inscrivez-vous pour recevoir chaque matin les titres du jour
newsletter|Votre e-mail
newsletter|S’inscrire
footer|Le Courrier de Kigali – KG 7 Ave, Kacyiru, Kigali, Rwanda – redaction@courrierkigali.rw – +250 788 000 000
footer|À propos | Équipe de rédaction | Publicité | Politique de confidentialité | Contact
copyright|© 2026 Le Courrier de Kigali. Tous droits réservés.
back-to-top|Haut de page
"""),
 dict(id="kenya-business-daily-style-1", site="kenya-business-daily-style", lang="en", sep="\n\n", title="Tea farmers to get Sh7.2bn bonus as Mombasa auction prices firm up", date="2026-11-24", page="""
skip-link|Skip to main content
timestamp|Tuesday, November 24, 2026
menu|BUSINESS LEDGER
menu|Kenya’s business and financial daily
menu|Subscribe
menu|Sign In
epaper|E-Paper
menu|Home  Markets  Companies  Economy  Banking  Technology  Real Estate  Opinion & Analysis  Lifestyle  Data Hub  Podcasts
ticker|NSE ASI 142.37 ▲0.41%   NSE 20 2,104.55 ▲0.18%   USD/KES 129.30   GBP/KES 163.12   Brent $71.84 ▼0.6%   Gold $2,612 ▲0.2%
ad|Advertisement
section-label|Agribusiness
premium|PREMIUM
h1|Tea farmers to get Sh7.2bn bonus as Mombasa auction prices firm up
lead|Small-scale growers will share the payout in December after factories recorded higher average earnings per kilo in the first ten months of the year.
caption|Tea pickers at a farm in Kericho County. PHOTO | FILE | NMG
byline|By JANE WAMBUI
byline|Agribusiness Reporter
dateline|Nairobi
dateline|Tuesday, November 24, 2026
reading-time|3 min read
listen|Listen to this article
listen|00:00 / 03:48
share|Share: Facebook  X  LinkedIn  WhatsApp  Email
section-label|Summary
li|Payout averages Sh24 per kilo of green leaf delivered, up from Sh21 last year.
li|Factories in the East of the Rift region post the biggest gains.
li|Weaker shilling and improved quality lift earnings at the auction.
p|More than 650,000 small-scale tea farmers will share a Sh7.2 billion bonus next month after better prices at the Mombasa auction boosted factory earnings in the year to October.
p|The payout, known as the second payment, will average Sh24 per kilo of green leaf delivered, compared with Sh21 a year earlier, according to figures released by the Kenya Tea Development Agency on Monday.
ad|ADVERTISEMENT
p|Factories in Nyeri, Murang’a and Kirinyaga counties will pay the highest rates, with some topping Sh30 per kilo, while those in the west of the Rift Valley will pay between Sh17 and Sh22.
p|The average price at the auction rose to $2.41 per kilo between January and October, up from $2.26 in the same period last year, as buyers from Pakistan, Egypt and the United Kingdom stepped up purchases of higher-grade teas.
p|A weaker shilling in the first half of the year also raised the value of dollar sales when converted into local currency, the agency said.
paywall|This article is for premium subscribers.
paywall|You have reached your limit of free premium stories this month.
paywall|Subscribe for as little as Sh390 a month and get unlimited access to Business Ledger, the e-paper and our newsletters.
paywall|SUBSCRIBE NOW
paywall|Already a subscriber? Sign in
tags|Tea  Agriculture  KTDA  Exports
related|MORE FROM AGRIBUSINESS
related|Avocado exporters eye China sea route as air freight costs bite
related|Coffee cherry prices hit five-year high in Kiambu
related|Dairy processors warn of milk glut as rains improve pasture
ad|Advertisement
newsletter|Get the Morning Brief
newsletter|The day’s top business stories, delivered to your inbox every weekday at 6am.
newsletter|Enter your email
newsletter|Sign up
most-read|MOST READ
most-read|1 CBK holds benchmark rate at 9.25 percent
most-read|2 Safaricom’s M-Pesa revenue crosses Sh80bn in half-year
most-read|3 Landlords face new rules on rent deposits
most-read|4 How Nairobi’s office glut is reshaping Westlands
most-read|5 KRA targets digital lenders in new tax audit
sponsored|PARTNER CONTENT
sponsored|How SMEs can access affordable credit through digital platforms
app|Download the Business Ledger app on Google Play and the App Store
footer|About Us  Contact Us  Advertise With Us  Subscription Terms  Privacy Policy  Terms of Use  Careers  E-Paper  Corrections
footer|Ledger Media Group, Ledger Centre, Kimathi Street, Nairobi. P.O. Box 00000-00100
copyright|© 2026 Ledger Media Group PLC. All rights reserved.
"""),
 dict(id="kenya-business-daily-style-2", site="kenya-business-daily-style", lang="en", sep="\n\n", title="Nairobi office vacancy rate climbs to 27pc as firms shrink floor space", date="2026-11-10", page="""
skip-link|Skip to main content
timestamp|Tuesday, November 10, 2026
menu|BUSINESS LEDGER
menu|Kenya’s business and financial daily
menu|Subscribe
menu|Sign In
epaper|E-Paper
menu|Home  Markets  Companies  Economy  Banking  Technology  Real Estate  Opinion & Analysis  Lifestyle  Data Hub  Podcasts
ticker|NSE ASI 140.02 ▼0.22%   NSE 20 2,087.10 ▼0.35%   USD/KES 129.45   GBP/KES 162.80   Brent $72.60 ▲0.9%   Gold $2,598 ▼0.1%
ad|Advertisement
section-label|Real Estate
h1|Nairobi office vacancy rate climbs to 27pc as firms shrink floor space
lead|Landlords in Westlands and Upper Hill are offering rent-free months and lower service charges to keep tenants, a new survey shows.
caption|Office blocks in Upper Hill, Nairobi. PHOTO | FILE | NMG
byline|By PETER MUTUA
byline|Property Editor
dateline|Nairobi
dateline|Tuesday, November 10, 2026
reading-time|4 min read
listen|Listen to this article
listen|00:00 / 04:21
share|Share: Facebook  X  LinkedIn  WhatsApp  Email
p|Nearly one in every four square feet of prime office space in Nairobi is now empty, as companies cut the size of their offices and move staff to hybrid work arrangements.
p|The vacancy rate for grade A and B offices rose to 27 percent in the third quarter, from 23 percent a year earlier, according to a survey of 310 buildings by property consultancy Mwangaza Realty released on Monday.
ad|ADVERTISEMENT
p|Westlands and Upper Hill, which saw a building boom in the decade to 2020, were the hardest hit, with vacancy rates of 31 percent and 29 percent respectively.
h2|Incentives for tenants
p|To fill space, landlords are offering concessions that were rare five years ago. These include:
li|three to six months rent-free on leases of five years or more;
li|a freeze on service charges for the first two years;
li|fitting-out allowances of up to Sh2,000 per square metre.
p|“The balance of power has shifted to tenants. A multinational looking for 20,000 square feet today can choose among a dozen buildings and negotiate hard,” said the consultancy’s head of research, Wanjiru Kamau.
related|READ: Why developers are turning empty offices into apartments
p|Average asking rents fell by four percent to Sh98 per square foot per month, while rents in older buildings in the central business district dropped to as low as Sh60.
h2|Conversions
p|Some owners are turning to conversions. At least six office blocks in Westlands are being turned into serviced apartments or student housing, the report says.
p|Analysts expect vacancy rates to stay high until 2028, given that another 1.2 million square feet of office space is due to be completed over the next two years.
correction|This article has been updated to correct the name of the consultancy’s head of research.
tags|Real Estate  Property  Nairobi  Offices
related|MORE FROM REAL ESTATE
related|Affordable housing levy collections top Sh60bn
related|Mortgage refinancing firm raises Sh4bn bond
related|Land rates waiver extended to March in Nairobi
ad|Advertisement
newsletter|Get the Morning Brief
newsletter|The day’s top business stories, delivered to your inbox every weekday at 6am.
newsletter|Enter your email
newsletter|Sign up
most-read|MOST READ
most-read|1 Treasury plans new infrastructure bond for January
most-read|2 Equity Bank opens Sh2bn fund for women traders
teaser-list|3 Nairobi office vacancy rate climbs to 27pc as firms shrink floor space
most-read|4 Fuel prices unchanged in latest EPRA review
most-read|5 Kenya Airways adds Lagos frequency
sponsored|PARTNER CONTENT
sponsored|Five things to check before buying off-plan property
app|Download the Business Ledger app on Google Play and the App Store
footer|About Us  Contact Us  Advertise With Us  Subscription Terms  Privacy Policy  Terms of Use  Careers  E-Paper  Corrections
footer|Ledger Media Group, Ledger Centre, Kimathi Street, Nairobi. P.O. Box 00000-00100
copyright|© 2026 Ledger Media Group PLC. All rights reserved.
"""),
 dict(id="canadian-french-weekly-style-1", site="canadian-french-weekly-style", lang="fr", sep="\n", title="La Baie accueillera les Jeux de l’Acadie en 2028", date="2026-11-12", page="""
skip-link|Passer au contenu
weather|Pointe-de-l’Église  -2 °C  Nuageux
menu|Édition numérique
menu|S’abonner
donate|Faire un don
menu|Le Phare de la Baie
menu|L’hebdomadaire francophone de la Baie Sainte-Marie depuis 1972
menu|Accueil
menu|Actualités
menu|Sports
menu|Arts et culture
menu|Communautaire
menu|Chroniques
menu|Nécrologie
menu|Petites annonces
menu|Nous joindre
section-label|Sports
h1|La Baie accueillera les Jeux de l’Acadie en 2028
byline|Sophie LeBlanc
byline|Journaliste de l’Initiative de journalisme local
dateline|12 novembre 2026
share|Partager
share|Facebook
share|Courriel
share|Imprimer
caption|Des membres du comité de candidature célèbrent l’annonce au Centre communautaire de Saulnierville, samedi. (Photo : Sophie LeBlanc)
p|C’est officiel : la région de Clare sera l’hôte de la Finale des Jeux de l’Acadie en 2028. L’annonce a été faite samedi soir devant près de 300 personnes réunies au Centre communautaire de Saulnierville.
p|La candidature de la Baie Sainte-Marie l’a emporté face à celle de la Péninsule acadienne, au Nouveau-Brunswick. Ce sera la deuxième fois que la Finale se tient en Nouvelle-Écosse.
p|« On attendait ce moment depuis trois ans. Toute la communauté s’est mobilisée, des écoles jusqu’aux pêcheurs qui ont signé des lettres d’appui », a lancé la présidente du comité de candidature, Monique Comeau, sous les applaudissements.
h2|Plus de 1 000 athlètes attendus
p|L’événement réunira à la fin juin plus de 1 000 jeunes athlètes de 11 à 17 ans venus des quatre provinces de l’Atlantique, du Québec et d’ailleurs en francophonie canadienne, accompagnés de centaines d’entraîneurs et de bénévoles.
p|Les épreuves se dérouleront principalement sur le campus de l’Université Sainte-Anne et dans les installations de l’école secondaire de Clare. Le comité estime qu’il faudra recruter environ 800 bénévoles.
p|Selon une étude présentée lors de la candidature, les retombées économiques pour la région pourraient atteindre 4 millions de dollars.
h2|Des travaux à prévoir
p|La Municipalité de Clare devra améliorer la piste d’athlétisme et ajouter des vestiaires au complexe sportif. Le préfet a indiqué que des demandes de financement seront déposées auprès de la province et d’Ottawa dès cet hiver.
p|Les personnes qui souhaitent s’impliquer peuvent déjà laisser leurs coordonnées au bureau du comité, situé au Centre communautaire.
funding-note|Ce contenu est produit dans le cadre de l’Initiative de journalisme local, financée par le gouvernement du Canada.
tags|Étiquettes : Jeux de l’Acadie, Clare, Sports
nav|← Article précédent : Le quai de Meteghan sera agrandi
nav|Article suivant : Un nouveau chœur pour l’église Sainte-Marie →
donate|Le Phare de la Baie est un journal communautaire sans but lucratif. Soutenez l’information en français dans votre région : faites un don dès aujourd’hui. Un reçu fiscal vous sera remis pour tout don de 20 $ et plus.
donate|Je donne
teaser-list|À lire aussi
teaser-list|Le festival acadien de Clare fait le bilan de sa 70e édition
teaser-list|Hockey mineur : les Castors de Clare gagnent à domicile
teaser-list|Des élèves de Clare à un forum jeunesse à Moncton
obituary|Nécrologie
obituary|Marie-Rose Thériault (née Doucet) – 1938-2026
obituary|Alphonse Saulnier – 1945-2026
obituary|Voir tous les avis
event|Calendrier communautaire
event|14 nov. – Souper de fricot au profit des pompiers de Meteghan, 17 h
event|15 nov. – Marché de Noël, salle paroissiale de Church Point
event|Soumettre un événement
classifieds|Petites annonces : À vendre, bois de chauffage sec, livraison dans Clare. 902-555-0142
footer|Le Phare de la Baie
footer|1695, route 1, Pointe-de-l’Église (N.-É.) B0W 1M0
footer|Téléphone : 902-555-0100 | Courriel : redaction@pharedelabaie.ca
footer|Membre de l’Association de la presse francophone
funding-note|Nous reconnaissons l’appui financier du gouvernement du Canada.
copyright|© 2026 Le Phare de la Baie. Tous droits réservés.
cookie|Ce site utilise des témoins (cookies) pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|Accepter
cookie|En savoir plus
"""),
 dict(id="canadian-french-weekly-style-2", site="canadian-french-weekly-style", lang="fr", sep="\n", title="Pêche au homard : une ouverture de saison sous le signe de la prudence", date="2026-11-26", page="""
skip-link|Passer au contenu
weather|Pointe-de-l’Église  1 °C  Pluie
menu|Édition numérique
menu|S’abonner
donate|Faire un don
menu|Le Phare de la Baie
menu|L’hebdomadaire francophone de la Baie Sainte-Marie depuis 1972
menu|Accueil
menu|Actualités
menu|Sports
menu|Arts et culture
menu|Communautaire
menu|Chroniques
menu|Nécrologie
menu|Petites annonces
menu|Nous joindre
section-label|Actualités
h1|Pêche au homard : une ouverture de saison sous le signe de la prudence
byline|Marc-André Belliveau
dateline|26 novembre 2026
share|Partager
share|Facebook
share|Courriel
share|Imprimer
caption|Les bateaux chargés de casiers quittent le quai de Meteghan lundi à l’aube. (Photo : Marc-André Belliveau)
lead|Reportée de deux jours en raison des vents, l’ouverture de la pêche au homard dans la zone 34 s’est déroulée lundi sans incident majeur. Les pêcheurs restent toutefois inquiets devant la hausse des coûts.
p|Il faisait encore nuit noire lundi quand les premiers moteurs ont démarré au quai de Meteghan. Sur chaque bateau, jusqu’à 400 casiers empilés, prêts à être mouillés au large pour ce qu’on appelle ici le « jour du largage ».
p|Pêches et Océans Canada avait repoussé l’ouverture, prévue samedi, en raison de rafales annoncées à plus de 70 km/h. Une décision saluée par la plupart des capitaines.
p|« Personne ne veut revivre les accidents d’il y a quelques années. Deux jours de retard, ce n’est rien à côté d’une vie », résume le capitaine Richard Deveau, qui pêche depuis 34 ans.
h2|Les coûts pèsent lourd
p|Si le prix au débarquement s’annonce correct, autour de 8 $ la livre, les pêcheurs s’inquiètent surtout de leurs dépenses. Le prix du carburant, des appâts et de l’assurance a grimpé de près de 15 % en un an selon l’association locale.
p|« Un bon équipage, du hareng pour l’appât, le diesel… Il faut sortir beaucoup de homard avant de commencer à faire un profit », explique Nicole Robichaud, qui gère avec son mari une entreprise familiale de trois bateaux.
p|La Garde côtière et les services d’urgence de Clare rappellent aux équipages de porter leur vêtement de flottaison en tout temps sur le pont et de vérifier leurs radiobalises avant chaque sortie.
p|La saison dans la zone 34 se poursuit jusqu’à la fin mai.
nav|← Article précédent : Un nouveau chœur pour l’église Sainte-Marie
nav|Article suivant : Les élèves de l’école Jean-Marie-Gay récoltent 2 000 $ pour la banque alimentaire →
donate|Le Phare de la Baie est un journal communautaire sans but lucratif. Soutenez l’information en français dans votre région : faites un don dès aujourd’hui. Un reçu fiscal vous sera remis pour tout don de 20 $ et plus.
donate|Je donne
teaser-list|À lire aussi
teaser-list|Le quai de Meteghan sera agrandi
teaser-list|Une première récolte record pour la ferme de canneberges de Saint-Bernard
teaser-list|Chronique : souvenirs des hivers d’antan
obituary|Nécrologie
obituary|Joseph « Jos » Comeau – 1939-2026
obituary|Yvette LeBlanc (née Boudreau) – 1941-2026
obituary|Voir tous les avis
event|Calendrier communautaire
event|28 nov. – Bingo du Club d’âge d’or, Saulnierville, 19 h
event|5 déc. – Concert de Noël de la chorale de Clare, église Sainte-Marie
event|Soumettre un événement
classifieds|Petites annonces : Cherche homme de pont pour la saison, expérience un atout. 902-555-0177
footer|Le Phare de la Baie
footer|1695, route 1, Pointe-de-l’Église (N.-É.) B0W 1M0
footer|Téléphone : 902-555-0100 | Courriel : redaction@pharedelabaie.ca
footer|Membre de l’Association de la presse francophone
funding-note|Nous reconnaissons l’appui financier du gouvernement du Canada.
copyright|© 2026 Le Phare de la Baie. Tous droits réservés.
cookie|Ce site utilise des témoins (cookies) pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|Accepter
cookie|En savoir plus
"""),
]
