# Round 53: eight pages on four more layouts (a French rural weekly of the South-West, a Togolese news portal, a
# Singapore business daily, a Welsh public broadcaster's English news site), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND53 = [
 dict(id="sud-ouest-regional-weekly-style-1", site="sud-ouest-regional-weekly-style", lang="fr", sep="\n\n", title="Saint-Clar : la foire à l’ail blanc a attiré plus de 6 000 visiteurs", date="2025-08-08", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
cookie|Nous respectons votre vie privée
cookie|Avec votre accord, nous et nos 214 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l’intérêt légitime à tout moment en cliquant sur « En savoir plus » ou dans notre politique de confidentialité sur ce site.
cookie|Accepter & Fermer
cookie|Continuer sans accepter
cookie|En savoir plus →
menu|Le Petit Lectourois
menu|L’hebdomadaire de la Lomagne et du Haut-Armagnac depuis 1903
timestamp|Vendredi 8 août 2025
weather|Lectoure 31°C
epaper|Le journal numérique
newsletter|S’abonner
menu|Se connecter
menu|Actualités
menu|Lectoure
menu|Fleurance
menu|Saint-Clar
menu|Mauvezin
menu|Agriculture
menu|Sports
menu|Loisirs
menu|Annonces légales
menu|Avis de décès
breadcrumb|Accueil › Saint-Clar › Agriculture
section-label|Agriculture
paywall|Abonnés
h1|Saint-Clar : la foire à l’ail blanc a attiré plus de 6 000 visiteurs
lead|Sous un soleil de plomb, la traditionnelle foire à l’ail de Saint-Clar a tenu toutes ses promesses jeudi. Les producteurs se disent rassurés sur la qualité de la récolte, moins sur les prix.
byline|Par notre correspondante, Martine Dubarry
dateline|Publié le 08/08/2025 à 09h15
share|Partager sur Facebook
share|Partager sur X
share|Envoyer par mail
share|Copier le lien
caption|Les bottes d’ail tressées ont été présentées au jury dès 8 heures sous la halle.
credit|Photo LPL – M. D.
p|Dès 7 heures du matin, les premiers exposants avaient pris place sous la halle et autour de la place de la mairie. À midi, les organisateurs estimaient la fréquentation à plus de 6 000 personnes, un chiffre comparable à celui de l’an dernier malgré la chaleur.
p|Une quarantaine de producteurs de la Lomagne étaient présents, venus pour la plupart des communes voisines de Tournecoupe, Mauroux ou Saint-Créac. Tous avaient apporté leurs plus belles bottes, tressées à la main pendant les longues soirées de juillet.
h2|Une récolte de belle qualité
p|« Les têtes sont grosses et bien blanches, il n’y a presque pas eu de maladie cette année », se félicite Jean-Pierre Lassalle, producteur à Saint-Clar depuis trente ans. Le printemps humide avait pourtant fait craindre le pire aux agriculteurs.
p|Le concours, jugé par un jury de chefs et de techniciens de la chambre d’agriculture, a récompensé l’EARL du Bouscat pour la plus belle botte et la famille Castéran pour la plus belle tresse.
h2|Des prix qui inquiètent
p|Côté porte-monnaie, en revanche, les producteurs restent prudents. Le kilo se négociait entre 8 et 10 euros au détail, mais les prix payés par les expéditeurs ont baissé face à la concurrence de l’ail importé d’Espagne et de Chine.
p|« On vend bien en direct, mais sur les gros volumes, on n’arrive plus à couvrir nos frais », regrette une jeune agricultrice installée depuis deux ans. Elle a doublé ses surfaces cette année et espère trouver de nouveaux débouchés auprès des restaurants de Toulouse.
related|Lire aussi : Lomagne : la sécheresse de l’été inquiète déjà les producteurs d’ail
p|L’après-midi, les animations ont pris le relais : démonstration de tressage, concours de soupe à l’ail et bal gascon sous les platanes. Le comité des fêtes a servi près de 900 repas.
p|Le maire, Francis Dupouy, a rappelé en fin de journée que la foire « fait vivre tout le village une journée par an, mais la filière toute l’année ». Il a annoncé une réflexion sur l’agrandissement du parking pour l’édition 2026.
tags|Saint-Clar  Agriculture  Ail blanc de Lomagne  Foire
related|À lire aussi
related|Lectoure : le marché de producteurs du vendredi soir reprend cet été
related|Mauvezin : les pompiers appelés pour un feu de chaume route d’Auch
most-read|Les plus lus
most-read|1 Fleurance : un nouveau boulanger s’installe rue de la République
most-read|2 Lectoure : la déviation de la RN21 toujours en attente
teaser-list|3 Saint-Clar : la foire à l’ail blanc a attiré plus de 6 000 visiteurs
most-read|4 Rugby : le FC Lectoure présente ses recrues
obituary|Avis de décès
obituary|Mme Yvette Lacoste, née Barrère – Saint-Puy
obituary|M. Roger Sarrade – Fleurance
obituary|Voir tous les avis de décès
notices|Annonces légales
notices|Publiez vos annonces légales dans le Gers – habilité par arrêté préfectoral
event|Agenda du week-end
event|Sam. 9 août – Marché nocturne, Miradoux
event|Dim. 10 août – Vide-greniers, Castet-Arrouy
classifieds|Petites annonces : Vends fût inox 300 L, bon état – Tél. 06 xx xx xx 12
newsletter|Recevez chaque vendredi l’essentiel de l’actualité de la Lomagne
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
footer|Le Petit Lectourois – 12, rue Nationale, 32700 Lectoure – Tél. 05 62 00 00 00
footer|Qui sommes-nous ?  Nous contacter  Mentions légales  CGV  Politique de confidentialité  Gérer mes cookies
copyright|© Le Petit Lectourois 2025 – Reproduction interdite sans autorisation
"""),
 dict(id="sud-ouest-regional-weekly-style-2", site="sud-ouest-regional-weekly-style", lang="fr", sep="\n\n", title="Mauvezin : deux jeunes médecins vont s’installer à la maison de santé", date="2025-09-26", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
cookie|Nous respectons votre vie privée
cookie|Avec votre accord, nous et nos 214 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l’intérêt légitime à tout moment en cliquant sur « En savoir plus » ou dans notre politique de confidentialité sur ce site.
cookie|Accepter & Fermer
cookie|Continuer sans accepter
cookie|En savoir plus →
menu|Le Petit Lectourois
menu|L’hebdomadaire de la Lomagne et du Haut-Armagnac depuis 1903
timestamp|Vendredi 26 septembre 2025
weather|Lectoure 19°C
epaper|Le journal numérique
newsletter|S’abonner
menu|Se connecter
menu|Actualités
menu|Lectoure
menu|Fleurance
menu|Saint-Clar
menu|Mauvezin
menu|Agriculture
menu|Sports
menu|Loisirs
menu|Annonces légales
menu|Avis de décès
breadcrumb|Accueil › Mauvezin › Santé
section-label|Santé
paywall|Abonnés
h1|Mauvezin : deux jeunes médecins vont s’installer à la maison de santé
lead|Après deux ans sans nouveau généraliste, la maison de santé pluriprofessionnelle de Mauvezin accueillera deux médecins au 1er novembre. Un soulagement pour les habitants du canton.
byline|Par Pierre Sabathé
dateline|Publié le 26/09/2025 à 07h30
share|Partager sur Facebook
share|Partager sur X
share|Envoyer par mail
share|Copier le lien
caption|La maison de santé, ouverte en 2019, compte aujourd’hui douze professionnels.
credit|Photo LPL – archives
p|La nouvelle a été annoncée mardi soir en conseil municipal et s’est répandue dans la commune en quelques heures. Deux médecins généralistes, un homme et une femme âgés de 31 et 34 ans, rejoindront la maison de santé de la rue des Justices au début du mois de novembre.
p|Depuis le départ en retraite du docteur Ducos en 2023, les deux médecins restants ne prenaient plus de nouveaux patients. Près de 1 500 habitants du canton se retrouvaient sans médecin traitant.
h2|Un logement et un cabinet prêts
p|Pour convaincre les deux praticiens, qui terminaient leurs remplacements dans la région de Bordeaux, la communauté de communes a mis le paquet. Elle leur propose un cabinet entièrement équipé et un logement à loyer modéré pendant la première année.
p|« Ils sont venus trois fois en stage et en remplacement, ils ont aimé l’équipe et le cadre de vie », explique l’infirmière coordinatrice de la maison de santé. Le fait de pouvoir travailler avec des kinésithérapeutes, une sage-femme et une diététicienne sur place a pesé dans leur choix.
ad|Publicité
ad|Garage Labarthe – Entretien toutes marques – Route de Toulouse, Mauvezin
p|Les deux médecins ont prévu de consacrer une demi-journée par semaine aux visites à domicile dans les communes les plus isolées, une demande forte des élus.
h2|Comment prendre rendez-vous
p|Les inscriptions de nouveaux patients se feront à partir du 20 octobre :
li|par téléphone au secrétariat de la maison de santé, du lundi au vendredi de 8 h 30 à 12 heures ;
li|sur place, à l’accueil, muni de sa carte Vitale ;
li|en ligne, via la plateforme de prise de rendez-vous habituelle.
p|La mairie rappelle que les patients déjà suivis par un autre médecin n’ont pas à changer de médecin traitant. La priorité ira aux personnes âgées et aux malades chroniques sans médecin.
p|Le maire a salué « un travail d’équipe de deux ans » et n’exclut pas l’arrivée d’un troisième praticien en 2026.
tags|Mauvezin  Santé  Désert médical  Maison de santé
related|À lire aussi
related|Fleurance : le service des urgences fermé la nuit pendant deux semaines
related|Lectoure : l’Ehpad recrute des aides-soignants
most-read|Les plus lus
most-read|1 Vendanges : les vignerons de la Ténarèze satisfaits des volumes
teaser-list|2 Mauvezin : deux jeunes médecins vont s’installer à la maison de santé
most-read|3 Saint-Clar : le conseil municipal vote la rénovation de la halle
most-read|4 Football : l’US Fleurance s’impose à domicile
obituary|Avis de décès
obituary|M. André Baqué – Mauvezin
obituary|Mme Paulette Dulong – Lectoure
obituary|Voir tous les avis de décès
notices|Annonces légales
notices|Publiez vos annonces légales dans le Gers – habilité par arrêté préfectoral
event|Agenda du week-end
event|Sam. 27 septembre – Fête des vendanges, Saint-Mézard
event|Dim. 28 septembre – Randonnée des palombières, Mauvezin
classifieds|Petites annonces : Cherche terrain constructible secteur Mauvezin – Tél. 06 xx xx xx 47
newsletter|Recevez chaque vendredi l’essentiel de l’actualité de la Lomagne
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
footer|Le Petit Lectourois – 12, rue Nationale, 32700 Lectoure – Tél. 05 62 00 00 00
footer|Qui sommes-nous ?  Nous contacter  Mentions légales  CGV  Politique de confidentialité  Gérer mes cookies
copyright|© Le Petit Lectourois 2025 – Reproduction interdite sans autorisation
"""),
 dict(id="togo-portail-style-1", site="togo-portail-style", lang="fr", sep="\n", title="Lomé : le prix du sac de maïs grimpe sur les marchés à l’approche de la soudure", date="2025-06-17", page="""
timestamp|mardi, juin 17, 2025
menu|Contact
menu|Publicité
menu|Qui sommes-nous
social|Facebook  X  YouTube  TikTok
menu|TOGOVISION24
menu|L’information du Togo en temps réel
ad|PUBLICITÉ
ad|Ecobank Togo – Ouvrez votre compte Xpress en 5 minutes depuis votre téléphone
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|SPORTS
menu|CULTURE
menu|AFRIQUE
menu|TRIBUNE
menu|VIDÉOS
ticker|DERNIÈRE MINUTE
ticker|Kara : les examens du BEPC se déroulent dans le calme
ticker|CAN 2025 : les Éperviers en stage à Lomé
ticker|Sokodé : réhabilitation du marché central lancée
section-label|ÉCONOMIE
h1|Lomé : le prix du sac de maïs grimpe sur les marchés à l’approche de la soudure
byline|Par Komlan Agbéko
dateline|17 juin 2025
views|312 vues
comments|0
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Email
caption|Des vendeuses de céréales au grand marché d’Adawlato, à Lomé
credit|Photo : Togovision24
p|Les ménages loméens le constatent depuis quelques semaines : le maïs coûte de plus en plus cher. Au grand marché d’Adawlato comme à celui d’Agoè-Assiyéyé, le sac de 100 kilos se vend désormais entre 26 000 et 28 000 francs CFA, contre 19 000 à 21 000 francs il y a trois mois.
p|Cette hausse intervient chaque année à la même période, pendant la soudure, ces mois qui séparent l’épuisement des stocks de la nouvelle récolte. Mais elle est cette année plus forte que d’habitude, selon les commerçantes interrogées.
p|« Les camions qui venaient des Plateaux et de la Centrale arrivent moins souvent. Les grossistes gardent leurs stocks pour vendre plus cher en juillet », explique Afi, vendeuse de céréales depuis quinze ans à Adawlato.
related|LIRE AUSSI : Agriculture : le gouvernement annonce la distribution d’engrais subventionnés
h2|Les ménages s’adaptent
p|Face à la hausse, de nombreuses familles réduisent les quantités ou remplacent une partie du maïs par le gari et le riz local. Les vendeuses de pâte et de koliko au bord des routes ont, pour la plupart, réduit la taille des portions plutôt que d’augmenter les prix.
p|« Avant, avec 500 francs, je prenais de quoi nourrir les enfants le soir. Aujourd’hui, il faut presque le double », confie une mère de famille rencontrée à Bè.
h2|L’ANSAT attendue sur le terrain
p|L’Agence nationale de la sécurité alimentaire du Togo (ANSAT) dispose de stocks de sécurité qu’elle met habituellement en vente à prix modéré dans les zones les plus touchées. Les associations de consommateurs l’appellent à intervenir dès maintenant dans les marchés de la capitale.
p|Contactée, une source à l’agence indique que des ventes promotionnelles sont prévues « dans les prochains jours » dans plusieurs préfectures, sans préciser les quantités.
p|Les premières récoltes de maïs sont attendues à partir de fin juillet dans le sud du pays, ce qui devrait faire baisser progressivement les prix.
signature|K.A.
tags|Tags: Adawlato ANSAT Lomé Maïs Prix Soudure
whatsapp|Rejoignez la chaîne WhatsApp de Togovision24 pour ne rien rater de l’actualité
ad|PUBLICITÉ
ad|Moov Africa Togo – Forfaits internet illimités nuit à partir de 200 F
related|Articles similaires
related|Port autonome de Lomé : hausse du trafic conteneurs au premier trimestre
related|16 juin 2025
related|Togo : le prix du carburant à la pompe reste inchangé pour juin
related|14 juin 2025
related|Microfinance : les femmes commerçantes de Hanoukopé formées à l’épargne
related|12 juin 2025
comments|Laisser un commentaire Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Publier le commentaire
most-read|LES PLUS LUS
most-read|Examens : les résultats du CEPD disponibles par SMS
most-read|Football : le nouveau sélectionneur dévoile sa liste
most-read|Lomé : coupures d’électricité annoncées à Tokoin ce week-end
footer|À PROPOS
footer|Togovision24 est un site d’information générale togolais édité à Lomé. Nous traitons l’actualité politique, économique, sociale, sportive et culturelle du Togo et de l’Afrique.
footer|Contact : redaction@togovision24.tg – +228 90 00 00 00
footer|Accueil  Qui sommes-nous  Mentions légales  Contact
copyright|© 2025 Togovision24 – Tous droits réservés. Conçu par WebAfrik Studio
"""),
 dict(id="togo-portail-style-2", site="togo-portail-style", lang="fr", sep="\n", title="Kara : 400 jeunes formés aux métiers du solaire grâce à un programme d’insertion", date="2025-10-03", page="""
timestamp|vendredi, octobre 3, 2025
menu|Contact
menu|Publicité
menu|Qui sommes-nous
social|Facebook  X  YouTube  TikTok
menu|TOGOVISION24
menu|L’information du Togo en temps réel
ad|PUBLICITÉ
ad|Ecobank Togo – Ouvrez votre compte Xpress en 5 minutes depuis votre téléphone
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|SPORTS
menu|CULTURE
menu|AFRIQUE
menu|TRIBUNE
menu|VIDÉOS
ticker|DERNIÈRE MINUTE
ticker|Rentrée scolaire : plus de 2,5 millions d’élèves ont repris le chemin de l’école
ticker|Dapaong : une nouvelle maternité inaugurée
ticker|Championnat D1 : l’ASKO Kara domine le derby
section-label|SOCIÉTÉ
h1|Kara : 400 jeunes formés aux métiers du solaire grâce à un programme d’insertion
byline|Par Essowè Pali, correspondant à Kara
dateline|3 octobre 2025
views|548 vues
comments|2
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Email
caption|Les jeunes lauréats lors de la cérémonie de remise des attestations, jeudi à Kara
credit|Photo : DR
p|Ils étaient 400 jeunes, filles et garçons, à recevoir jeudi leurs attestations de fin de formation au centre régional de formation professionnelle de Kara. Pendant six mois, ils ont appris à installer et entretenir des kits solaires domestiques et des systèmes de pompage.
p|Le programme, financé par l’État togolais et un partenaire technique européen, vise à répondre à la forte demande de techniciens dans les zones rurales, où l’électrification solaire progresse rapidement.
h2|Un kit de démarrage pour chaque lauréat
p|À l’issue de la cérémonie, chaque lauréat a reçu une caisse à outils et un multimètre. Les meilleurs d’entre eux bénéficieront en plus d’un stage de trois mois dans des entreprises installatrices basées à Kara, Sokodé et Lomé.
p|« Je n’avais que le BEPC et je ne trouvais pas de travail. Maintenant, les gens de mon village m’appellent déjà pour réparer leurs panneaux », raconte Akossiwa, 23 ans, originaire de la préfecture de la Binah.
related|LIRE AUSSI : Électrification rurale : 300 nouvelles localités raccordées en 2025
p|Le préfet de la Kozah, qui présidait la cérémonie, a invité les jeunes à « rester dans la région » et à se regrouper en coopératives pour accéder plus facilement aux marchés publics.
h2|Les chiffres du programme
li|400 jeunes formés dont 38 % de femmes
li|6 mois de formation théorique et pratique
li|12 formateurs mobilisés
li|Objectif : 1 200 jeunes dans les cinq régions d’ici fin 2026
p|Une deuxième promotion doit démarrer en janvier à Dapaong, dans la région des Savanes. Les inscriptions sont ouvertes dans les directions régionales de l’emploi.
signature|E.P.
tags|Tags: Emploi des jeunes Énergie solaire Formation professionnelle Kara
whatsapp|Rejoignez la chaîne WhatsApp de Togovision24 pour ne rien rater de l’actualité
ad|PUBLICITÉ
ad|Moov Africa Togo – Forfaits internet illimités nuit à partir de 200 F
related|Articles similaires
related|Sokodé : les artisans du cuir réclament un espace de vente
related|1 octobre 2025
related|Emploi : le FAIEJ lance un nouvel appel à projets
related|29 septembre 2025
related|Bassar : des jeunes agriculteurs reçoivent des motoculteurs
related|27 septembre 2025
comments|2 commentaires
comments|Kodjo A.
comments|3 octobre 2025 à 11 h 42 min
comments|Très bonne initiative. Il faut étendre ça à la région Maritime aussi.
comments|Répondre
comments|Mawuli
comments|3 octobre 2025 à 14 h 05 min
comments|Les kits doivent suivre, sinon la formation ne sert à rien.
comments|Répondre
comments|Laisser un commentaire Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Publier le commentaire
most-read|LES PLUS LUS
most-read|Rentrée scolaire : les nouveaux horaires dans les lycées publics
teaser-list|Kara : 400 jeunes formés aux métiers du solaire grâce à un programme d’insertion
most-read|Assemblée nationale : ouverture de la session budgétaire
footer|À PROPOS
footer|Togovision24 est un site d’information générale togolais édité à Lomé. Nous traitons l’actualité politique, économique, sociale, sportive et culturelle du Togo et de l’Afrique.
footer|Contact : redaction@togovision24.tg – +228 90 00 00 00
footer|Accueil  Qui sommes-nous  Mentions légales  Contact
copyright|© 2025 Togovision24 – Tous droits réservés. Conçu par WebAfrik Studio
"""),
 dict(id="straits-business-style-1", site="straits-business-style", lang="en", sep="\n", title="Singapore retail sales rise 3.4% in March as tourist spending picks up", date="2025-05-06", page="""
skip-link|Skip to main content
menu|The Straits Ledger
menu|Singapore's business daily since 1976
menu|Subscribe
menu|Login
menu|Singapore
menu|Companies & Markets
menu|Property
menu|Economy & Policy
menu|Wealth
menu|Startups & Tech
menu|ESG
menu|Opinion
menu|Lifestyle
menu|Podcasts
ticker|STI 3,874.21 ▲ 0.42%
ticker|SGD/USD 0.7652 ▼ 0.08%
ticker|Brent US$61.40 ▼ 1.2%
ticker|Gold US$3,341.90 ▲ 0.6%
breadcrumb|Home > Singapore > Economy
section-label|SINGAPORE ECONOMY
h1|Singapore retail sales rise 3.4% in March as tourist spending picks up
lead|Department stores and watch sellers lead gains; food and beverage services remain flat
byline|Rachel Tan
dateline|Published Tue, May 6, 2025 · 01:42 PM
listen|Listen to this article
listen|4 min
save|Save
share|Share
share|Gift this article
font|A A
caption|Shoppers along Orchard Road. Visitor arrivals in the first quarter were up about 8 per cent on the year.
credit|PHOTO: STRAITS LEDGER FILE
section-label|KEY POINTS
li|Retail sales rose 3.4% year on year in March, after a 1.1% fall in February
li|Excluding motor vehicles, sales were up 2.9%
li|Online sales made up 13.8% of total retail sales
p|SINGAPORE'S retail sales grew 3.4 per cent year on year in March, reversing a decline in February, as a pickup in tourist arrivals and the timing of the Hari Raya Puasa festive period lifted spending at department stores and watch and jewellery shops.
p|Excluding motor vehicles, retail sales rose 2.9 per cent, data from the Department of Statistics (SingStat) showed on Tuesday.
p|On a seasonally adjusted month-on-month basis, sales increased 1.8 per cent, while sales excluding motor vehicles grew 1.2 per cent.
ad|ADVERTISEMENT
h2|Tourists return to Orchard
p|Department stores posted the strongest gains, with sales up 11.6 per cent on the year. Sales at watch and jewellery retailers rose 9.2 per cent, helped by visitors from China and Indonesia.
p|Economists said the figures pointed to steady, if unspectacular, consumer demand. "The tourism recovery is doing most of the work. Resident spending is still cautious given uncertainty over tariffs and the job market," said an economist at a local bank.
newsletter|Decoding Asia newsletter: your guide to navigating Asia in a new global order. Sign up here to get Decoding Asia newsletter. Delivered to your inbox. Free.
p|Supermarket and hypermarket sales were flat, while sales of computer and telecommunications equipment fell 4.3 per cent as consumers held back on upgrades.
p|Food and beverage services sales, which are reported separately, edged up 0.4 per cent year on year. Restaurants saw higher takings, but fast-food outlets and food caterers recorded declines.
h2|Outlook
p|Analysts expect retail sales to grow modestly for the rest of the year, with the Formula One race in October and a packed concert calendar likely to draw more visitors.
p|However, several warned that a stronger Singapore dollar could make the city more expensive for tourists and encourage residents to shop in Johor Bahru instead.
tags|Retail  Tourism  SingStat  Singapore economy
app|Get the Straits Ledger app on iOS and Android
whatsapp|Stay updated with the Straits Ledger on WhatsApp and Telegram
related|Related
related|Singapore's Q1 GDP growth revised down to 3.6%
related|Tourist arrivals to Singapore climb 8% in first quarter
related|F&B operators brace for higher rents as leases come up for renewal
paywall|Unlock unlimited access to premium articles from S$0.99 for the first month
paywall|Subscribe now
most-read|Most Popular
most-read|1 HDB resale prices flat in April, flash data shows
most-read|2 DBS shares hit record high after Q1 beat
teaser-list|3 Singapore retail sales rise 3.4% in March as tourist spending picks up
most-read|4 Three new condo launches to watch in May
sponsored|Brand Insights
sponsored|How mid-sized firms can make sense of cross-border payments
sponsored|Sponsored by a regional bank
footer|About Us  Contact Us  Advertise With Us  Subscription Packages  FAQ  Terms & Conditions  Privacy Policy  Data Protection
copyright|© 2025 Straits Ledger Media Pte Ltd. Co. Regn. No. 198400000X. All rights reserved.
"""),
 dict(id="straits-business-style-2", site="straits-business-style", lang="en", sep="\n", title="Logistics firm Kranji Freight plans Catalist listing to fund cold-chain expansion", date="2025-07-22", page="""
skip-link|Skip to main content
menu|The Straits Ledger
menu|Singapore's business daily since 1976
menu|Subscribe
menu|Login
menu|Singapore
menu|Companies & Markets
menu|Property
menu|Economy & Policy
menu|Wealth
menu|Startups & Tech
menu|ESG
menu|Opinion
menu|Lifestyle
menu|Podcasts
ticker|STI 4,102.55 ▲ 0.15%
ticker|SGD/USD 0.7811 ▲ 0.03%
ticker|Brent US$68.02 ▲ 0.4%
ticker|Gold US$3,398.20 ▼ 0.2%
breadcrumb|Home > Companies & Markets > Capital Markets & Currencies
section-label|CAPITAL MARKETS & CURRENCIES
h1|Logistics firm Kranji Freight plans Catalist listing to fund cold-chain expansion
lead|The family-run company aims to raise about S$18 million to build a temperature-controlled warehouse in Tuas
byline|Benjamin Ong
dateline|Published Tue, Jul 22, 2025 · 07:05 PM
listen|Listen to this article
listen|3 min
save|Save
share|Share
share|Gift this article
font|A A
p|LOGISTICS company Kranji Freight has lodged a preliminary offer document for a listing on the Singapore Exchange's Catalist board, in what would be one of the few new listings on the local bourse this year.
p|The firm, founded in 1989 as a trucking business, now provides warehousing and last-mile delivery services for supermarkets, pharmaceutical distributors and e-commerce platforms.
p|It plans to offer about 60 million new shares, which would raise some S$18 million at the indicative price range, according to the document lodged on Tuesday.
caption|Kranji Freight's fleet of about 140 vehicles includes 35 refrigerated trucks.
credit|PHOTO: KRANJI FREIGHT
h2|Use of proceeds
p|Most of the money will go towards a new cold-storage facility in Tuas, which the company says will more than double its temperature-controlled capacity. The rest is earmarked for:
li|replacing older diesel trucks with electric vehicles;
li|upgrading its warehouse management software;
li|general working capital.
ad|ADVERTISEMENT
p|For the financial year ended March 31, Kranji Freight reported revenue of S$64.2 million, up 12 per cent from a year earlier, and net profit of S$4.1 million.
p|Managing director Lim Wei Ling, the founder's daughter, said demand from pharmaceutical clients had grown faster than expected. "Our cold-chain space is fully booked. We are turning customers away," she said in an interview.
h2|A quiet market
p|The listing comes as SGX and the authorities try to revive interest in the local stock market, which has seen more delistings than new listings in recent years. A review group set up last year has proposed lower listing costs and tax incentives for smaller companies going public.
p|Market watchers said the offer could test investor appetite for small-cap industrial names. "Logistics is a defensive business with steady cash flows, but valuation will matter," said a dealer at a local brokerage.
p|The sponsor for the listing is a local investment bank. The final prospectus is expected to be registered in August.
correction|This article has been updated to correct the number of refrigerated trucks in the company's fleet.
tags|IPO  Catalist  SGX  Logistics  Cold chain
app|Get the Straits Ledger app on iOS and Android
whatsapp|Stay updated with the Straits Ledger on WhatsApp and Telegram
related|Related
related|SGX reforms: what the review group's proposals mean for small caps
related|Tuas warehouse rents climb as supply tightens
related|Pharma distributors step up investment in Singapore hubs
paywall|Unlock unlimited access to premium articles from S$0.99 for the first month
paywall|Subscribe now
most-read|Most Popular
most-read|1 Singapore core inflation eases to 0.6% in June
most-read|2 Private home prices rise 1% in Q2, flash estimates show
most-read|3 Keppel to sell stake in data centre fund
most-read|4 CPF changes: what they mean for your retirement savings
sponsored|Brand Insights
sponsored|Five questions to ask before moving your warehouse to the cloud
sponsored|Sponsored by a software provider
footer|About Us  Contact Us  Advertise With Us  Subscription Packages  FAQ  Terms & Conditions  Privacy Policy  Data Protection
copyright|© 2025 Straits Ledger Media Pte Ltd. Co. Regn. No. 198400000X. All rights reserved.
"""),
 dict(id="welsh-public-broadcaster-style-1", site="welsh-public-broadcaster-style", lang="en", sep="\n\n", title="Villagers buy their Pembrokeshire pub after two-year campaign", date="2025-06-12", page="""
skip-link|Skip to content
skip-link|Accessibility Help
cookie|Let us know you agree to cookies
cookie|We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.
cookie|Yes, I agree
cookie|No, take me to settings
menu|Darlledwr Cymru
lang-switch|Cymraeg
menu|Sign in
menu|Home
menu|News
menu|Sport
menu|Weather
menu|Radio
menu|TV Guide
menu|Catch up
menu|Wales
menu|North West
menu|North East
menu|Mid
menu|South West
menu|South East
menu|Politics
menu|Cymru Fyw
section-label|Wales
h1|Villagers buy their Pembrokeshire pub after two-year campaign
dateline|Published 12 June 2025
share|Share
save|Save
byline|Ffion Prydderch
byline|DCN Wales, Pembrokeshire
credit|Image source, Darlledwr Cymru
caption|Image caption, The Ship Inn closed its doors in the spring of 2023
p|Residents of a Pembrokeshire village have bought their local pub after a two-year campaign to save it from being turned into holiday homes.
p|The Ship Inn in Llandre-ar-Fôr closed in 2023 when its owners retired, leaving the village of about 600 people without a pub for the first time in more than a century.
p|More than 420 people bought shares in a community benefit society, raising £310,000, with a further £150,000 coming from a Welsh government community asset grant.
p|"It's not just about a pint," said Gwenllian Morse, who chairs the society. "It's where people came after funerals, where the young farmers met, where we held the eisteddfod meetings. When it shut, the village lost its heart."
h2|'Holiday lets everywhere'
p|Campaigners said the pub's closure came as a growing number of homes in the village were being bought as second homes or short-term lets.
p|According to Pembrokeshire council figures, nearly one in four properties in the community council area is a second home or holiday let.
video|Media caption, Watch: Regulars raise a glass as the keys are handed over
video|Duration, 1 minute, 52 seconds
p|Local farmer Dai Rees, 67, who had his wedding reception at the Ship in 1981, bought five shares. "I'd have bought more if I could afford it," he said.
p|The society plans to reopen the pub in October after repairs to the roof and kitchen, and wants to add a small shop and a café run by volunteers.
p|It has also applied for funding to convert the upstairs rooms into an affordable flat for a pub manager.
h2|Growing trend
p|The Plunkett Foundation, which supports community-owned businesses, said the number of community pubs in Wales had more than doubled over the past decade.
p|A Welsh government spokesperson said community ownership helped "keep services and the Welsh language alive in rural areas".
listen|Listen: Gwenllian Morse spoke to Radio Cymru's breakfast programme
related|Related topics
related|Pembrokeshire
related|Pubs
related|Rural Wales
related|More on this story
related|Village pub campaign launches share offer
related|Published 3 March 2024
related|Second home council tax premium to rise to 200%
related|Published 20 January 2025
tip|Get in touch
tip|Do you have a story we should be covering? Send us your pictures and videos or email newsonline@darlledwr.cymru
teaser-list|Top stories
teaser-list|Junior doctors in Wales vote to accept pay offer
teaser-list|Live. Storms bring flooding to parts of north Wales
teaser-list|Steelworks: 300 jobs to go at Shotton plant
most-read|Most read
most-read|1 Man dies after crash on A470 near Brecon
teaser-list|2 Villagers buy their Pembrokeshire pub after two-year campaign
most-read|3 Cardiff parking fines to rise from next month
most-read|4 Snowdon summit café to stay closed until July
social|Follow DCN Wales on Facebook, Instagram and X
footer|Terms of Use
footer|About Darlledwr Cymru
footer|Privacy Policy
footer|Cookies
footer|Accessibility Help
footer|Parental Guidance
footer|Contact Us
footer|Get Personalised Newsletters
copyright|Copyright 2025 Darlledwr Cymru. Darlledwr Cymru is not responsible for the content of external sites. Read about our approach to external linking.
"""),
 dict(id="welsh-public-broadcaster-style-2", site="welsh-public-broadcaster-style", lang="en", sep="\n\n", title="Cardiff bus lane cameras to start issuing fines in September", date="2025-08-19", page="""
skip-link|Skip to content
skip-link|Accessibility Help
cookie|Let us know you agree to cookies
cookie|We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.
cookie|Yes, I agree
cookie|No, take me to settings
menu|Darlledwr Cymru
lang-switch|Cymraeg
menu|Sign in
menu|Home
menu|News
menu|Sport
menu|Weather
menu|Radio
menu|TV Guide
menu|Catch up
menu|Wales
menu|North West
menu|North East
menu|Mid
menu|South West
menu|South East
menu|Politics
menu|Cymru Fyw
section-label|South East Wales
h1|Cardiff bus lane cameras to start issuing fines in September
dateline|Published 19 August 2025
share|Share
save|Save
byline|Rhys Llewelyn
byline|DCN Wales transport correspondent
credit|Image source, Getty Images
caption|Image caption, The cameras will cover bus lanes on several main roads into the city centre
p|Drivers caught using new bus lanes in Cardiff will be fined from next month, the city council has confirmed.
p|Cameras on eight routes into the city will start issuing penalty notices from 1 September, after a warning period during which first-time offenders received letters instead of fines.
p|The penalty will be £70, reduced to £35 if paid within 21 days.
h2|Where are the cameras?
p|The council said cameras had been installed on:
li|Newport Road, between Rover Way and the city centre
li|Cowbridge Road East, in Canton
li|North Road, near the junction with Gabalfa Avenue
li|Penarth Road, close to the Grangetown link
li|Castle Street and Westgate Street
p|Three further routes, including Western Avenue, will follow next year.
ad|Advertisement
p|During the six-week warning period, more than 9,800 warning letters were sent, the council said.
p|Councillor Siân Griffiths, cabinet member for transport, said the aim was "not to raise money but to keep buses moving". She said bus journey times on Newport Road had already improved by up to four minutes at peak hours.
h2|'A cash cow'
p|Some motorists and opposition councillors have criticised the scheme, saying the signs are confusing and the hours the lanes are in force vary from road to road.
p|"People are not trying to cheat. They simply don't know when they are allowed in the lane," said one driver, who received a warning letter on Cowbridge Road East.
p|The council said any money raised would be spent on transport and road safety improvements, as required by law.
video|Media caption, Watch: How the bus lane cameras work
video|Duration, 0 minutes, 58 seconds
related|Related topics
related|Cardiff
related|Transport in Wales
related|Buses
related|More on this story
related|Cardiff congestion charge plans put on hold
related|Published 11 May 2025
tip|Get in touch
tip|Do you have a story we should be covering? Send us your pictures and videos or email newsonline@darlledwr.cymru
teaser-list|Top stories
teaser-list|Exam results: A-level grades in Wales rise slightly
teaser-list|Live. Heat health alert issued for south Wales
teaser-list|Wales squad named for autumn internationals
most-read|Most read
teaser-list|1 Cardiff bus lane cameras to start issuing fines in September
most-read|2 Beach closed after jellyfish stings in Gower
most-read|3 Teenager missing from Swansea found safe
most-read|4 Ferry services cancelled as Irish Sea winds pick up
social|Follow DCN Wales on Facebook, Instagram and X
footer|Terms of Use
footer|About Darlledwr Cymru
footer|Privacy Policy
footer|Cookies
footer|Accessibility Help
footer|Parental Guidance
footer|Contact Us
footer|Get Personalised Newsletters
copyright|Copyright 2025 Darlledwr Cymru. Darlledwr Cymru is not responsible for the content of external sites. Read about our approach to external linking.
"""),
]
