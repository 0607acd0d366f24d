# Round 37: eight pages on four more layouts (a Burkinabè online news site, a Nigerian national daily, a big
# western-France regional daily's local pages, a Philippine national daily's site), written blind: without looking at
# the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article
# is copied.
ROUND37 = [
 dict(id="burkina-24-style-1", site="burkina-24-style", lang="fr", sep="\n", title="Campagne cotonnière 2026-2027 : le prix du coton graine fixé à 330 FCFA le kilogramme", date="2026-11-16", page="""
timestamp|lundi 16 novembre 2026
menu|Faso Direct 24
menu|L’info du Faso, en continu
login|Connexion
menu|Accueil
menu|Actualité
menu|Politique
menu|Économie
menu|Société
menu|Santé
menu|Sport
menu|Culture
menu|Régions
menu|Opinion
menu|FD24 TV
menu|Nécrologie
ticker|FLASH INFO  ▸ Ouagadougou : coupure d’eau prévue mardi à Dassasgho  ▸ Étalons : la liste des 25 joueurs pour les éliminatoires dévoilée  ▸ BAC 2027 : ouverture des inscriptions en ligne
ticker|1 € = 655,957 FCFA   |   1 $ = 607 FCFA
breadcrumb|Accueil » Économie » Agriculture
section-label|ÉCONOMIE
h1|Campagne cotonnière 2026-2027 : le prix du coton graine fixé à 330 FCFA le kilogramme
byline|Par Boukary KABORÉ
dateline|16 novembre 2026
reading-time|Temps de lecture : 3 min
comments|0
listen|Écouter l’article
listen|00:00 / 03:41
share|Facebook  X  WhatsApp  Telegram  LinkedIn  Messenger
caption|Un producteur de Houndé pèse sa récolte de coton graine sur le marché autogéré du village (Ph. d’illustration)
credit|© FD24
p|Le prix d’achat du coton graine de premier choix a été fixé à 330 FCFA le kilogramme pour la campagne 2026-2027, contre 300 FCFA la saison précédente. L’annonce a été faite le samedi 14 novembre 2026 à Bobo-Dioulasso, à l’issue de la réunion de l’interprofession coton.
p|Le coton de second choix sera acheté à 305 FCFA le kilogramme. Les producteurs réclamaient de leur côté un prix d’au moins 350 FCFA, en raison de la hausse du coût des intrants.
p|Selon le président de l’union nationale des producteurs, cette hausse de 30 FCFA « n’est pas tout ce que nous voulions, mais elle montre que nos préoccupations ont été entendues ».
read-also|Lire aussi : Houndé : les producteurs de coton formés aux techniques de compostage
h2|Les engrais subventionnés maintenus
p|L’interprofession a également annoncé le maintien du prix du sac d’engrais NPK à 15 000 FCFA pour les producteurs, la différence étant prise en charge par l’État et les sociétés cotonnières.
p|Les insecticides seront livrés dans les zones de production avant la fin du mois de mai, afin d’éviter les retards constatés lors des dernières campagnes.
ad|PUBLICITÉ
ad|Orange Money : envoyez de l’argent partout au Burkina sans frais jusqu’au 30 novembre. Composez *144#
p|La production de la campagne écoulée est estimée à 612 000 tonnes de coton graine, en hausse de 9 % par rapport à la saison précédente. Les responsables de la filière espèrent dépasser les 650 000 tonnes cette année.
p|Les premiers marchés de commercialisation s’ouvriront dans les Hauts-Bassins et la Boucle du Mouhoun à partir du 1er décembre 2026.
signature|Boukary KABORÉ
signature|Faso Direct 24
whatsapp|Restez connectés avec Faso Direct 24 : rejoignez notre chaîne WhatsApp pour recevoir les dernières informations
tags|coton  campagne agricole  interprofession coton  Bobo-Dioulasso
share|Partager cet article : Facebook  X  WhatsApp
disclaimer|Avertissement : Tout commentaire injurieux, diffamatoire ou à caractère ethnique sera supprimé. Faso Direct 24 se réserve le droit de ne pas publier les commentaires hors sujet.
related|Articles similaires
related|Burkina : l’État veut porter la transformation locale du coton à 50 % d’ici 2030
related|Soja : les prix bord champ en baisse dans le Centre-Ouest
related|Sésame : une nouvelle usine de décorticage inaugurée à Kaya
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Enregistrer mon nom et mon e-mail dans ce navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
teaser-list|Dernières infos
teaser-list|Koudougou : un camion-citerne se renverse sur la RN14, pas de victime
teaser-list|il y a 35 minutes
teaser-list|Santé : une journée de dépistage du diabète prévue à Ouagadougou
teaser-list|il y a 2 heures
teaser-list|Football : l’ASFA Yennenga reprend la tête du championnat
teaser-list|il y a 3 heures
obituary|NÉCROLOGIE
obituary|Décès de El Hadj SAWADOGO Issaka : faire-part
obituary|Remerciements et faire-part de la famille ZONGO à Ouagadougou et Koupéla
notices|Communiqués
notices|Avis de recrutement : une ONG recrute dix animateurs pour la région de l’Est
newsletter|Newsletter : recevez chaque matin l’essentiel de l’actualité burkinabè
newsletter|Votre adresse e-mail
newsletter|Je m’abonne
footer|Qui sommes-nous ?  |  Contact  |  Publicité  |  Mentions légales  |  Charte des commentaires
copyright|© 2026 Faso Direct 24 – Tous droits réservés. Reproduction interdite sans autorisation.
back-to-top|Haut de page
"""),
 dict(id="burkina-24-style-2", site="burkina-24-style", lang="fr", sep="\n", title="Ouagadougou : plus de 900 personnes dépistées gratuitement du diabète en une journée", date="2026-11-14", page="""
timestamp|samedi 14 novembre 2026
menu|Faso Direct 24
menu|L’info du Faso, en continu
login|Connexion
menu|Accueil
menu|Actualité
menu|Politique
menu|Économie
menu|Société
menu|Santé
menu|Sport
menu|Culture
menu|Régions
menu|Opinion
menu|FD24 TV
menu|Nécrologie
ticker|FLASH INFO  ▸ Coton : l’interprofession se réunit ce samedi à Bobo-Dioulasso  ▸ Fada N’Gourma : la foire régionale reportée  ▸ Météo : harmattan attendu dès la semaine prochaine
ticker|1 € = 655,957 FCFA   |   1 $ = 611 FCFA
breadcrumb|Accueil » Société » Santé
section-label|SANTÉ
h1|Ouagadougou : plus de 900 personnes dépistées gratuitement du diabète en une journée
byline|Par Rasmata SANON (Stagiaire)
dateline|14 novembre 2026
reading-time|Temps de lecture : 2 min
comments|3
listen|Écouter l’article
listen|00:00 / 02:58
share|Facebook  X  WhatsApp  Telegram  LinkedIn  Messenger
p|À l’occasion de la Journée mondiale du diabète, une association de médecins a organisé ce samedi 14 novembre 2026 une séance de dépistage gratuit à la Maison du peuple de Ouagadougou. En fin de journée, 917 personnes avaient été testées.
p|Dès 7 heures, une longue file s’était formée devant l’entrée. Glycémie, tension artérielle, poids : chaque participant repartait avec une fiche et, si nécessaire, une orientation vers un centre de santé.
caption|Des agents de santé mesurant la glycémie des participants à la Maison du peuple
credit|Photo : FD24
p|Sur l’ensemble des personnes dépistées, 74 présentaient une glycémie élevée et ignoraient qu’elles pouvaient être diabétiques, selon les organisateurs.
p|« Beaucoup de gens ne viennent à l’hôpital que lorsque les complications sont déjà là : plaies qui ne guérissent pas, problèmes de vue », explique le Dr Aïcha Compaoré, endocrinologue et coordonnatrice de l’activité.
read-also|Lire aussi : Hôpital de Tengandogo : un nouveau service de dialyse opérationnel
h2|Des conseils pratiques
p|En marge du dépistage, des nutritionnistes ont animé des causeries sur l’alimentation. Parmi les conseils donnés aux participants :
li|réduire la consommation de boissons sucrées et de pain blanc ;
li|privilégier le petit mil, le fonio et les légumes locaux ;
li|marcher au moins trente minutes par jour ;
li|faire contrôler sa glycémie au moins une fois par an après 40 ans.
p|Les organisateurs envisagent de reprendre l’initiative à Bobo-Dioulasso et à Koudougou au cours du premier trimestre 2027.
signature|Rasmata SANON (Stagiaire)
signature|Faso Direct 24
whatsapp|Restez connectés avec Faso Direct 24 : rejoignez notre chaîne WhatsApp pour recevoir les dernières informations
tags|diabète  santé  dépistage  Ouagadougou
share|Partager cet article : Facebook  X  WhatsApp
disclaimer|Avertissement : Tout commentaire injurieux, diffamatoire ou à caractère ethnique sera supprimé. Faso Direct 24 se réserve le droit de ne pas publier les commentaires hors sujet.
related|Articles similaires
related|Paludisme : la chimioprévention saisonnière a touché 3 millions d’enfants
related|Hypertension : les cardiologues alertent sur la consommation de sel
comments|3 commentaires
comments|Adama K.
comments|14 novembre 2026 à 16 h 22 min
comments|Très bonne initiative. Il faut faire la même chose dans les provinces.
comments|Répondre
comments|Salimata
comments|14 novembre 2026 à 18 h 05 min
comments|Merci aux médecins pour ce travail bénévole.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Enregistrer mon nom et mon e-mail dans ce navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
teaser-list|Dernières infos
teaser-list|Ziniaré : les élèves du lycée provincial reçoivent des tables-bancs
teaser-list|il y a 1 heure
teaser-list|Basket : les Étalons dames qualifiées pour l’Afrobasket
teaser-list|il y a 4 heures
obituary|NÉCROLOGIE
obituary|In memoriam : Feu OUÉDRAOGO Mariam née KONATÉ
obituary|Décès de Monsieur TRAORÉ Seydou : remerciements
newsletter|Newsletter : recevez chaque matin l’essentiel de l’actualité burkinabè
newsletter|Votre adresse e-mail
newsletter|Je m’abonne
footer|Qui sommes-nous ?  |  Contact  |  Publicité  |  Mentions légales  |  Charte des commentaires
copyright|© 2026 Faso Direct 24 – Tous droits réservés. Reproduction interdite sans autorisation.
back-to-top|Haut de page
"""),
 dict(id="guardian-nigeria-style-1", site="guardian-nigeria-style", lang="en", sep="\n\n", title="Fuel queues return to Lagos, Abuja as marketers blame supply gaps", date="2026-11-18", page="""
timestamp|Wednesday, 18 November 2026
menu|ePaper
menu|Subscribe
login|Sign in
menu|The National Meridian
menu|Truth in Service of the Nation
menu|News  Politics  Business  Sport  Opinion  Features  Life  Property  Technology  Editorial  Meridian TV
ticker|TRENDING: CBN rate decision | Super Eagles squad | ASUU strike talks | Lagos–Calabar highway
ad|Advertisement
breadcrumb|Home » News » Nigeria
section-label|News
h1|Fuel queues return to Lagos, Abuja as marketers blame supply gaps
byline|By Chidinma Okonkwo (Lagos) and Musa Abdullahi (Abuja)
dateline|18 November 2026   |   4:12 am
reading-time|3 mins read
share|Share
share|Facebook  X  WhatsApp  LinkedIn  Email
caption|Motorists queue at a filling station on Ikorodu Road, Lagos… yesterday.
credit|PHOTO: AYODELE ADENIRAN
p|Long queues reappeared at filling stations in Lagos and Abuja yesterday, as independent marketers said they were struggling to get enough petrol from depots to meet demand.
p|In Lagos, motorists spent up to three hours at stations along Ikorodu Road, Lekki-Epe Expressway and in Ikeja. Many stations that had fuel sold at between N1,050 and N1,120 per litre, while others shut their gates.
p|In Abuja, queues stretched onto the road at several outlets in Wuse, Kubwa and along the airport road, causing traffic jams during the morning rush.
ad|Advertisement
p|The national secretary of an association of independent petroleum marketers said members had paid for products but were not being loaded at depots. “The problem is not price this time; it is supply. Trucks are waiting at the depots for days,” he said.
read-also|Also Read
read-also|Marketers, depot owners disagree over new loading fees
read-also|Transport fares up 20% in Lagos as commuters adjust
p|A spokesperson for the national oil company said there was no scarcity, and that more than 60 million litres of petrol were in stock across the country. He blamed the queues on “panic buying” and on some stations holding back products.
h2|Commuters count the cost
p|Transport fares rose in several parts of Lagos. A commuter in Ikotun, Mrs Bolanle Adeyemi, said the fare to her office in Yaba had gone from N1,500 to N2,200 in two days.
p|“We are tired. Every few months it is the same story,” she said.
ad|Advertisement
p|The downstream regulator said in a statement last night that it had deployed monitoring teams to depots and filling stations in both cities and would sanction any station found hoarding products.
whatsapp|Join The National Meridian’s WhatsApp channel for the latest news and updates
tags|Abuja  Fuel scarcity  Lagos  Petrol  Queues
share|Share
share|Facebook  X  WhatsApp  LinkedIn  Email
related|Related
related|Tanker drivers threaten strike over road checkpoints
related|18 November 2026
related|Refinery output: Experts urge caution on export plans
related|17 November 2026
comments|0 Comments
comments|Most Voted
comments|Newest  Oldest
comments|Inline Feedbacks
comments|View all comments
comments|Be the first to comment
sponsored|Sponsored
sponsored|How Nigerians are saving in dollars with just N5,000 a month
sponsored|Five things to check before you buy land in Lekki
most-read|Most Read
most-read|1 Senate confirms new service chiefs
teaser-list|2 Fuel queues return to Lagos, Abuja as marketers blame supply gaps
most-read|3 Super Eagles coach names 26 for World Cup play-off
most-read|4 Tinubu signs 2027 budget framework into law
newsletter|Get the day’s top stories in your inbox every morning
newsletter|Enter your email address
newsletter|Subscribe
network|Meridian Life  |  Meridian TV  |  Meridian Woman  |  Meridian Sports
footer|About Us  Contact Us  Advertise With Us  Privacy Policy  Terms of Use  Careers
footer|Meridian House, Plot 14, Oregun Industrial Estate, Ikeja, Lagos
copyright|© 2026 The National Meridian Newspapers Limited. All rights reserved.
cookie|This website uses cookies to improve your experience. We’ll assume you’re ok with this, but you can opt-out if you wish.
cookie|Accept   Read More
"""),
 dict(id="guardian-nigeria-style-2", site="guardian-nigeria-style", lang="en", sep="\n\n", title="Kano hospitals record drop in maternal deaths after midwife scheme", date="2026-11-20", page="""
timestamp|Friday, 20 November 2026
menu|ePaper
menu|Subscribe
login|Sign in
menu|The National Meridian
menu|Truth in Service of the Nation
menu|News  Politics  Business  Sport  Opinion  Features  Life  Property  Technology  Editorial  Meridian TV
ticker|TRENDING: Fuel queues | 2027 budget | Super Eagles play-off | NECO results
ad|Advertisement
breadcrumb|Home » News » Health
section-label|Health
h1|Kano hospitals record drop in maternal deaths after midwife scheme
byline|By Aminu Garba, Kano
dateline|20 November 2026   |   3:48 am
reading-time|4 mins read
share|Share
share|Facebook  X  WhatsApp  LinkedIn  Email
p|Deaths of women in childbirth fell by about 38 per cent in 12 general hospitals in Kano State in the past year, according to figures released by the state’s health management board.
p|The board said 214 maternal deaths were recorded in the hospitals between October 2025 and September 2026, compared with 347 in the previous 12 months.
p|Officials credited the improvement largely to a scheme that posted 450 newly recruited midwives to rural hospitals and primary health centres, many of which previously had no skilled birth attendant at night.
caption|A midwife attends to a mother and her newborn at a general hospital in Kano.
credit|PHOTO: Meridian
h2|What changed
p|According to the board, the scheme combined several measures:
li|midwives were posted to live in staff quarters near the facilities, so that deliveries at night could be attended;
li|ambulances were assigned to six local government areas with the longest distances to a hospital;
li|free delivery kits were given to women who registered for antenatal care;
li|ward heads were paid a small allowance for referring pregnant women to clinics.
ad|Advertisement
p|The executive secretary of the board told journalists in Kano that the number of women who delivered in health facilities had risen by almost half.
p|“When a woman knows there is a trained person at the clinic at 2am, she comes. Before, she stayed at home,” she said.
p|A doctor at one of the hospitals, who asked not to be named, said the gains were real but fragile, as several midwives had complained of delays in the payment of their allowances.
read-also|ALSO READ: Nigeria records 2,000 new cases of diphtheria in three months
p|Health advocates called on other northern states to adopt the model, but warned that maternal deaths in the country remain among the highest in the world.
whatsapp|Join The National Meridian’s WhatsApp channel for the latest news and updates
tags|Health  Kano  Maternal health  Midwives
share|Share
share|Facebook  X  WhatsApp  LinkedIn  Email
related|Related
related|FG launches free caesarean section programme in 12 states
related|19 November 2026
related|Doctors’ strike: Resident doctors give government two weeks
related|16 November 2026
comments|2 Comments
comments|Most Voted
comments|Newest  Oldest
comments|Inline Feedbacks
comments|View all comments
comments|Ibrahim Y.
comments|1 day ago
comments|Good news for once. Pay the midwives on time.
comments|Reply
sponsored|Sponsored
sponsored|Lagos property: Where to buy before prices rise in 2027
most-read|Most Read
most-read|1 Fuel queues ease in Abuja, persist in Lagos
most-read|2 NECO releases 2026 SSCE results
most-read|3 Court fixes date for trial of ex-governor
newsletter|Get the day’s top stories in your inbox every morning
newsletter|Enter your email address
newsletter|Subscribe
network|Meridian Life  |  Meridian TV  |  Meridian Woman  |  Meridian Sports
footer|About Us  Contact Us  Advertise With Us  Privacy Policy  Terms of Use  Careers
footer|Meridian House, Plot 14, Oregun Industrial Estate, Ikeja, Lagos
copyright|© 2026 The National Meridian Newspapers Limited. All rights reserved.
cookie|This website uses cookies to improve your experience. We’ll assume you’re ok with this, but you can opt-out if you wish.
cookie|Accept   Read More
"""),
 dict(id="ouest-france-style-1", site="ouest-france-style", lang="fr", sep="\n\n", title="Quimper. La piscine de Kerlan rouvre ses bassins après huit mois de travaux", date="2026-11-21", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
menu|L’Éclaireur de l’Ouest
menu|Actualité  Sport  Ma ville  Loisirs  Le Mag  Services
login|Se connecter
menu|S’abonner – 1 € le premier mois
menu|Bretagne  Normandie  Pays de la Loire
breadcrumb|Accueil  >  Bretagne  >  Quimper
section-label|Quimper
h1|Quimper. La piscine de Kerlan rouvre ses bassins après huit mois de travaux
lead|Fermée depuis mars pour une rénovation complète de ses bassins et de son chauffage, la piscine de Kerlan, à Quimper (Finistère), a rouvert ce samedi 21 novembre 2026. Les nageurs ont retrouvé un équipement plus sobre en énergie.
byline|L’Éclaireur de l’Ouest
dateline|Publié le 21/11/2026 à 17h45
listen|Écouter
save|Lire plus tard
share|Partager
paywall|Article offert
p|Ils étaient une trentaine à attendre devant les portes dès 9 heures, ce samedi matin. « Huit mois sans nager, c’était long », sourit Marie-Annick, 67 ans, habituée du bassin sportif depuis plus de vingt ans.
p|La piscine de Kerlan avait fermé en mars pour un chantier de grande ampleur : reprise de l’étanchéité des deux bassins, remplacement des plages, nouveau système de traitement de l’eau et installation d’une pompe à chaleur.
caption|Les premiers nageurs ont retrouvé le bassin sportif de 25 mètres ce samedi matin.
credit|L’ÉCLAIREUR DE L’OUEST
h2|Une facture énergétique divisée par deux
p|Le chantier a coûté 3,8 millions d’euros, dont un million apporté par la Région et l’État. L’agglomération espère réduire de moitié la consommation de gaz de l’équipement, qui était l’un des plus gourmands de son parc.
p|« La pompe à chaleur récupère la chaleur des eaux usées des douches et de l’air extrait du hall », détaille le vice-président chargé des équipements sportifs.
ad|Publicité
p|Les horaires d’ouverture restent inchangés pour le public. Les créneaux scolaires reprendront lundi, et les clubs de natation et de plongée retrouveront leurs lignes d’eau dès mardi soir.
embed-blocked|Ce contenu est bloqué car vous n’avez pas accepté les cookies et autres traceurs. En cliquant sur « J’accepte », les cookies et autres traceurs seront déposés et vous pourrez visualiser les contenus (plus d’informations).
embed-blocked|J’accepte   Gérer mes choix
h2|Des tarifs en légère hausse
p|L’entrée adulte passe de 4,20 € à 4,50 €. Le tarif réduit, pour les moins de 18 ans, les étudiants et les demandeurs d’emploi, reste fixé à 3 €.
p|Un toboggan et une pataugeoire pour les tout-petits devraient être installés au printemps, lors d’une seconde tranche de travaux qui n’imposera pas de nouvelle fermeture.
tags|Quimper  Sports  Piscine  Travaux
newsletter|Newsletter Quimper
newsletter|Chaque jour, l’essentiel de l’actualité de Quimper et de sa région.
newsletter|Votre adresse e-mail
newsletter|OK
newsletter|Vos données personnelles sont traitées conformément à notre politique de confidentialité. Vous pouvez vous désinscrire à tout moment.
feedback|Votre avis nous intéresse. Cet article vous a-t-il été utile ?
feedback|Oui   Non
related|À lire aussi sur L’Éclaireur de l’Ouest
related|Quimper. La patinoire éphémère s’installe place Saint-Corentin pour les fêtes
related|Finistère. Les piscines de Brest et de Morlaix aussi en travaux en 2027
related|Douarnenez. Le centre nautique recrute des maîtres-nageurs pour l’été
most-read|Les plus lus à Quimper
most-read|1. Quimper. Un nouveau boulanger s’installe rue Kéréon
most-read|2. Rocade de Quimper : travaux de nuit la semaine prochaine
teaser-list|3. Quimper. La piscine de Kerlan rouvre ses bassins après huit mois de travaux
obituary|Avis de décès Quimper
obituary|Consultez les avis de décès de Quimper et des communes voisines
obituary|Rechercher un avis de décès
classifieds|Annonces immobilières à Quimper : maison 4 chambres, 245 000 € · Appartement T3 centre-ville, 168 000 € · Voir toutes les annonces
notices|Annonces légales et marchés publics du Finistère
services|Services : Météo  Marées  Horoscope  Programme TV  Jeux  Mots fléchés
app|Téléchargez l’application L’Éclaireur de l’Ouest : l’info locale en continu, sur iOS et Android
footer|L’Éclaireur de l’Ouest  ·  Qui sommes-nous  ·  Nous contacter  ·  Publicité  ·  Recrutement  ·  Charte de déontologie
footer|Mentions légales  ·  Conditions générales  ·  Politique de confidentialité  ·  Gestion des cookies  ·  Accessibilité : partiellement conforme
copyright|© L’Éclaireur de l’Ouest – 2026
"""),
 dict(id="ouest-france-style-2", site="ouest-france-style", lang="fr", sep="\n\n", title="Lannion. Le marché de Noël s’agrandit et investit deux places du centre-ville", date="2026-11-26", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
menu|L’Éclaireur de l’Ouest
menu|Actualité  Sport  Ma ville  Loisirs  Le Mag  Services
login|Se connecter
menu|S’abonner – 1 € le premier mois
menu|Bretagne  Normandie  Pays de la Loire
breadcrumb|Accueil  >  Bretagne  >  Lannion
section-label|Lannion
h1|Lannion. Le marché de Noël s’agrandit et investit deux places du centre-ville
lead|Du 11 au 24 décembre 2026, le marché de Noël de Lannion (Côtes-d’Armor) comptera 34 chalets, contre 22 l’an dernier. Il s’étendra de la place du Général-Leclerc à la place du Marchallac’h.
byline|L’Éclaireur de l’Ouest
byline|Yann Le Guen, correspondant
dateline|Publié le 26/11/2026 à 06h30
listen|Écouter
save|Lire plus tard
share|Partager
paywall|Article réservé aux abonnés
p|C’était une demande des commerçants du centre-ville depuis plusieurs années : le marché de Noël de Lannion s’agrandit. L’association des commerçants, qui l’organise avec la Ville, a présenté mardi soir le programme de cette édition.
p|Trente-quatre chalets seront installés sur deux places reliées par une allée illuminée. Artisans d’art, producteurs locaux, crêpiers et vendeurs de vin chaud se partageront les emplacements.
p|« Les visiteurs nous disaient que le marché était trop petit et qu’on en faisait le tour en dix minutes. Cette année, on veut que les gens restent, qu’ils flânent et qu’ils poussent jusqu’aux boutiques », explique la présidente de l’association.
ad|Publicité
h2|Une patinoire et des concerts
p|Plusieurs animations gratuites rythmeront ces deux semaines :
li|une patinoire synthétique de 200 m² place du Marchallac’h, ouverte tous les après-midi ;
li|des concerts de chorales et de bagadoù les samedis à 17 heures ;
li|la venue du Père Noël les mercredis et le week-end, avec une boîte aux lettres pour les enfants ;
li|une balade en calèche dans les rues piétonnes le dimanche 20 décembre.
p|Le marché sera ouvert de 11 heures à 19 heures en semaine et jusqu’à 21 heures les vendredis et samedis.
p|Pour faciliter l’accès, le parking de la Poste sera gratuit après 17 heures pendant toute la durée du marché, et une navette gratuite reliera le parking relais de Bel-Air au centre-ville les samedis.
p|La Ville a consacré 45 000 € à l’opération, soit 15 000 € de plus que l’an dernier, essentiellement pour les illuminations et la sécurité.
tags|Lannion  Noël  Commerce  Animations
newsletter|Newsletter Lannion
newsletter|Chaque jour, l’essentiel de l’actualité de Lannion et du Trégor.
newsletter|Votre adresse e-mail
newsletter|OK
newsletter|Vos données personnelles sont traitées conformément à notre politique de confidentialité. Vous pouvez vous désinscrire à tout moment.
related|À lire aussi sur L’Éclaireur de l’Ouest
related|Perros-Guirec. Les illuminations de Noël allumées dès le 5 décembre
related|Côtes-d’Armor. Où trouver un sapin de Noël local cette année ?
most-read|Les plus lus à Lannion
most-read|1. Lannion. La route de Perros fermée trois nuits pour travaux
most-read|2. Trégor. Un nouveau cabinet médical ouvre à Pleumeur-Bodou
most-read|3. Lannion. Le Stade lannionnais s’impose face à Guingamp B
obituary|Avis de décès Lannion
obituary|Consultez les avis de décès de Lannion et des communes voisines
obituary|Rechercher un avis de décès
notices|Annonces légales et marchés publics des Côtes-d’Armor
services|Services : Météo  Marées  Horoscope  Programme TV  Jeux  Mots fléchés
app|Téléchargez l’application L’Éclaireur de l’Ouest : l’info locale en continu, sur iOS et Android
footer|L’Éclaireur de l’Ouest  ·  Qui sommes-nous  ·  Nous contacter  ·  Publicité  ·  Recrutement  ·  Charte de déontologie
footer|Mentions légales  ·  Conditions générales  ·  Politique de confidentialité  ·  Gestion des cookies  ·  Accessibilité : partiellement conforme
copyright|© L’Éclaireur de l’Ouest – 2026
"""),
 dict(id="philippine-inquirer-style-1", site="philippine-inquirer-style", lang="en", sep="\n", title="Number coding suspended in Metro Manila from Dec. 21 to Jan. 2 — MMDA", date="2026-11-23", page="""
cookie|We use cookies to make sure you get the best experience on our websites. By continuing, you agree to our use of cookies. To learn more, please see our Privacy Policy.
cookie|OK
timestamp|Monday, November 23, 2026
weather|Manila 31°C Partly cloudy
menu|BEACON.net
menu|Philippine Daily Beacon
menu|News  Global Nation  Business  Sports  Entertainment  Lifestyle  Technology  Opinion  Regions  Beacon Plus  USA
login|Sign In
menu|Subscribe
breaking|BREAKING: Magnitude 5.1 quake jolts Surigao del Sur; no damage expected, says Phivolcs
read-next|Read Next
section-label|NEWS / METRO
h1|Number coding suspended in Metro Manila from Dec. 21 to Jan. 2 — MMDA
byline|By: Ruel S. Villaflor - Reporter / @RVillaflorBCN
dateline|BEACON.net / 02:14 PM November 23, 2026
share|Facebook  X  Messenger  Viber  Email  Copy link
caption|FILE PHOTO: Vehicles crawl along Edsa in Quezon City during the evening rush hour.
credit|BEACON.net / JUAN MIGUEL T. ANDAYA
p|MANILA, Philippines — The Metropolitan Manila Development Authority (MMDA) will suspend the number coding scheme in Metro Manila from Dec. 21 to Jan. 2 to ease the movement of people during the holiday season.
p|MMDA chair Romeo B. Castañeda said on Monday that the suspension covers all major roads in the capital, including Edsa and C-5, as well as city roads where local governments follow the scheme.
ad|ADVERTISEMENT
p|“Many of our motorists will be travelling to the provinces, shopping or visiting relatives. We want to give them more flexibility,” Castañeda said in a press briefing in Pasig City.
read-also|READ: MMDA extends mall hours to 11 p.m. for the Christmas rush
p|The scheme, formally called the Unified Vehicular Volume Reduction Program, bars vehicles from major roads on one weekday from 7 a.m. to 10 a.m. and from 5 p.m. to 8 p.m., depending on the last digit of their license plates.
p|Castañeda said the agency would deploy around 2,000 traffic enforcers to shopping areas, bus terminals and airport roads throughout the holidays. Tow trucks will also be on standby along Edsa.
ad|ADVERTISEMENT
p|He added that road repairs by the Department of Public Works and Highways and private utility firms would be stopped from Dec. 15 to Jan. 5, except for emergency works.
p|Motorists’ groups welcomed the move but asked the MMDA to strictly enforce rules against illegal parking, which they said caused more traffic than the volume of vehicles.
read-also|READ: LTFRB opens 120 special bus permits for holiday trips
signature|/jpv
related|RELATED STORIES
related|Edsa busway to run 24 hours during Christmas season
related|MMDA warns of heavy traffic near malls starting Dec. 1
newsletter|Subscribe to our daily newsletter
newsletter|Enter your email
newsletter|Sign me up
newsletter|By providing an e-mail address, I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.
tags|TAGS: Christmas rush, MMDA, number coding, traffic
read-next|Read Next
read-next|Marikina River water level rises after overnight rains
disclaimer|Disclaimer: Comments do not represent the views of BEACON.net. We reserve the right to exclude comments which are inconsistent with our editorial standards.
disclaimer|FULL DISCLAIMER
teaser-list|EDITORS’ PICK
teaser-list|Senate approves 2027 budget on third reading
teaser-list|Ginebra survives TNT in overtime thriller
teaser-list|Rice prices expected to ease as harvest peaks — DA
most-read|MOST READ
most-read|LIST: Holidays in December 2026
most-read|Pagasa: Low-pressure area may become tropical depression
teaser-list|Number coding suspended in Metro Manila from Dec. 21 to Jan. 2 — MMDA
most-read|Former mayor arrested in Cebu
subscribe|Don’t miss out on the latest news and information.
subscribe|Subscribe to BEACON PLUS to get access to the Philippine Daily Beacon and more than 60 other titles, share up to 5 gadgets, listen to the news, download as early as 4 a.m. and share articles on social media. Call 8888 0000.
footer|About Us  Advertise  Contact Us  Terms of Use  Privacy Policy  Feedback
footer|For feedback, complaints, or inquiries, contact us.
copyright|© Copyright 1998-2026 BEACON.net | All Rights Reserved
"""),
 dict(id="philippine-inquirer-style-2", site="philippine-inquirer-style", lang="en", sep="\n", title="Rice prices dip in Metro Manila markets as harvest peaks, says DA", date="2026-11-19", page="""
cookie|We use cookies to make sure you get the best experience on our websites. By continuing, you agree to our use of cookies. To learn more, please see our Privacy Policy.
cookie|OK
timestamp|Thursday, November 19, 2026
weather|Manila 30°C Light rain
menu|BEACON.net
menu|Philippine Daily Beacon
menu|News  Global Nation  Business  Sports  Entertainment  Lifestyle  Technology  Opinion  Regions  Beacon Plus  USA
login|Sign In
menu|Subscribe
read-next|Read Next
section-label|BUSINESS
h1|Rice prices dip in Metro Manila markets as harvest peaks, says DA
byline|By: Kristine Joy Bautista - Reporter / @KJBautistaBCN
dateline|Philippine Daily Beacon / 05:20 AM November 19, 2026
share|Facebook  X  Messenger  Viber  Email  Copy link
listen|Listen to this article
listen|0:00 / 4:12
p|Retail prices of rice in Metro Manila have fallen by P2 to P5 a kilo over the past two weeks as the main harvest season reaches its peak, the Department of Agriculture (DA) said on Wednesday.
p|Based on the DA’s price monitoring in public markets in the capital, a kilo of local regular milled rice sold for P40 to P46 this week, down from P43 to P50 at the start of the month.
caption|Vendors arrange sacks of rice at a public market in Quezon City.
credit|BEACON.net FILE PHOTO
ad|ADVERTISEMENT
p|The average prices monitored by the agency this week were:
li|regular milled rice: P40 to P46 a kilo;
li|well-milled rice: P46 to P52 a kilo;
li|premium rice: P52 to P60 a kilo;
li|special rice: P58 to P68 a kilo.
p|Agriculture Assistant Secretary Leonora M. Dizon said palay (unhusked rice) production in the October to December harvest was expected to reach 7.9 million metric tons, one of the highest on record for the period.
p|“With a good harvest and stable import arrivals, we expect prices to stay at these levels until January,” Dizon said in a radio interview.
read-also|READ: Farmers ask gov’t to raise NFA buying price for palay
h2|Farmers’ concern
p|But farmers’ groups said the lower prices in markets were not matched by better earnings for growers. The farmgate price of dry palay has dropped to as low as P17 a kilo in parts of Nueva Ecija and Isabela, below the cost of production, according to one group.
ad|ADVERTISEMENT
p|The National Food Authority said it would increase its buying of palay from local farmers in December, subject to the availability of warehouse space.
p|Economists said lower rice prices could help bring down inflation in the last months of the year, since rice accounts for a large share of spending among low-income households.
signature|/abc
related|RELATED STORIES
related|Inflation eases to 2.1% in October on lower food costs
related|DA: No rice shortage during the holidays
newsletter|Subscribe to our daily newsletter
newsletter|Enter your email
newsletter|Sign me up
newsletter|By providing an e-mail address, I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.
tags|TAGS: Agriculture, DA, harvest, rice prices
read-next|Read Next
read-next|PSEi ends week higher on foreign buying
disclaimer|Disclaimer: Comments do not represent the views of BEACON.net. We reserve the right to exclude comments which are inconsistent with our editorial standards.
disclaimer|FULL DISCLAIMER
teaser-list|EDITORS’ PICK
teaser-list|Peso closes at 56.10 vs US dollar
teaser-list|DOTr to test Metro Manila subway’s first trains in 2027
teaser-list|Gilas Pilipinas names pool for February window
most-read|MOST READ
most-read|Pagasa: Amihan season begins
most-read|SSS pension increase to take effect in January
most-read|LIST: Class suspensions for Thursday
subscribe|Don’t miss out on the latest news and information.
subscribe|Subscribe to BEACON PLUS to get access to the Philippine Daily Beacon and more than 60 other titles, share up to 5 gadgets, listen to the news, download as early as 4 a.m. and share articles on social media. Call 8888 0000.
footer|About Us  Advertise  Contact Us  Terms of Use  Privacy Policy  Feedback
footer|For feedback, complaints, or inquiries, contact us.
copyright|© Copyright 1998-2026 BEACON.net | All Rights Reserved
"""),
]
