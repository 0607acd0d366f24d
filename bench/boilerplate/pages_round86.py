# Round 86: eight pages on four more layouts (a Haitian daily's news site, a US foreign affairs magazine with a
# metered paywall, an Ivorian evening news portal, a Ghanaian news portal with heavy ads), written blind: without
# looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no
# real article is copied.
ROUND86 = [
 dict(id="le-nouvelliste-ht-style-1", site="le-nouvelliste-ht-style", lang="fr", sep="\n", title="Caracol : la centrale solaire injecte ses premiers mégawatts sur le réseau du Nord", date="2026-02-10", page="""
clock|Mardi 10 février 2026
ticker|Taux de référence BRH : 131,42 gourdes pour 1 dollar US
weather|Port-au-Prince 31°C
login|Connexion
subscribe|S'abonner
masthead|Le Courrier de Port-au-Prince
masthead|Le plus ancien quotidien du pays · Fondé en 1899
menu|Actualités
menu|National
menu|Politique
menu|Économie
menu|Société
menu|Culture
menu|Sport
menu|Éditorial
menu|Tribune
menu|Lettres et idées
menu|Le Petit Courrier
network|Kanal 9 FM
network|Stade Magazine
classifieds|Annonces
obituary|Avis de décès
epaper|Édition PDF
search|Rechercher...
breaking|Flash-info
breaking|Delmas : la circulation rétablie sur la route de l'aéroport après la levée d'un barrage
section-label|Économie
h1|Caracol : la centrale solaire injecte ses premiers mégawatts sur le réseau du Nord
author-label|Auteur
byline|Ronald Jean-Baptiste
dateline|Publié le 2026-02-10
source-label|lecourrierpap.com
counter|Article lu 2 318 fois
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Email
print|Imprimer
font|A-
font|A+
caption|Une partie des 38 000 panneaux installés sur le site de Caracol, dans le Nord-Est.
credit|Photo : Jean-Claude Dorsainvil / Le Courrier
p|Après plus de deux ans de travaux et plusieurs reports, la centrale photovoltaïque de Caracol a commencé, le lundi 9 février, à injecter de l'électricité sur le réseau qui dessert le Nord et le Nord-Est. Selon l'Électricité d'Haïti (EDH), les premiers 6 mégawatts ont été raccordés en fin de matinée, après une série d'essais effectués durant le week-end.
p|Le projet, d'une capacité totale annoncée de 12 mégawatts, doit à terme réduire la dépendance de la région aux groupes électrogènes fonctionnant au diesel, dont l'approvisionnement reste irrégulier en raison de l'insécurité sur la route nationale numéro 1. « C'est un premier pas. Les quartiers qui recevaient quatre heures de courant par jour pourraient passer à dix ou douze heures », a expliqué l'ingénieur Wilner Destiné, responsable technique du site.
read-also|Lire aussi : Énergie : l'EDH annonce un plan de réhabilitation des lignes de Cap-Haïtien
p|La centrale est couplée à un système de stockage par batteries qui permet, selon ses promoteurs, de maintenir une partie de la production après le coucher du soleil. Le parc industriel de Caracol, qui emploie plusieurs milliers d'ouvriers dans la confection, sera le premier bénéficiaire, devant les communes de Trou-du-Nord, Limonade et Cap-Haïtien.
ad|Publicité
ad|Banque Citadelle · Ouvrez votre compte en ligne en 10 minutes. Sans file d'attente.
h2|Des attentes fortes à Cap-Haïtien
p|Dans la deuxième ville du pays, la nouvelle a été accueillie avec prudence. Les commerçants du centre-ville, habitués aux coupures prolongées, attendent de voir les effets réels sur leur facture de carburant. « Je dépense près de 40 000 gourdes par mois pour faire tourner ma génératrice. Si le courant de l'EDH devient régulier, ça change tout », confie Marie-Lourdes Pierre, propriétaire d'une quincaillerie de la rue 12.
p|Le maire adjoint de Cap-Haïtien, Jean-Robert Saint-Fleur, a pour sa part réclamé une priorité pour les hôpitaux et les stations de pompage d'eau potable. « Nous avons un hôpital universitaire qui fonctionne la moitié du temps sur batterie. C'est là qu'il faut envoyer les premiers kilowatts », a-t-il plaidé lors d'une conférence de presse.
h2|Un financement international
p|Le coût du projet est estimé à 24 millions de dollars américains, financés en grande partie par des bailleurs internationaux sous forme de dons. Un opérateur privé assurera l'exploitation pour une durée de quinze ans, l'EDH restant chargée de la distribution.
p|Plusieurs experts du secteur rappellent toutefois que la production ne suffit pas. Les pertes sur le réseau, dues aux branchements illégaux et à la vétusté des lignes, dépassent 50 % dans certaines zones. Sans un effort sur la facturation et l'entretien, avertissent-ils, l'électricité produite à Caracol risque de se perdre en chemin.
p|Le ministère des Travaux publics, Transports et Communications (MTPTC) a indiqué qu'une seconde phase, portant la capacité à 20 mégawatts, pourrait être lancée avant la fin de l'année si les conditions de sécurité le permettent.
signature|R. J.-B.
tags|Mots-clés :
tags|Énergie
tags|EDH
tags|Caracol
tags|Nord-Est
author-bio|Ronald Jean-Baptiste
author-bio|Journaliste au Courrier de Port-au-Prince depuis 2013, Ronald Jean-Baptiste couvre l'économie, l'énergie et les infrastructures.
author-link|Voir tous les articles de cet auteur
comments|Réagir à cet article
comments|2 commentaires
comments|Jonas P.
comments|Il était temps. Mais qui va protéger les panneaux ? On a déjà vu des projets pillés en une nuit.
comments|il y a 5 heures
comments|Répondre
comments|Nadège Célestin
comments|Bonne nouvelle pour le Nord. Et Port-au-Prince alors ?
comments|il y a 3 heures
comments|Répondre
comments|Vous devez être abonné pour publier un commentaire.
related|Dans la même rubrique
related|La BRH maintient son taux directeur à 10 %
related|2026-02-09
related|Transferts de la diaspora : une légère baisse en janvier
related|2026-02-07
related|Riz importé : les prix repartent à la hausse sur les marchés de Croix-des-Bossales
related|2026-02-05
most-read|Les plus lus
most-read|Examens officiels : le MENFP dévoile le calendrier 2026
most-read|Carnaval national : Jacmel confirmé comme ville hôte
most-read|Football : les Grenadiers entament leur stage à Santo Domingo
obituary|Avis de décès
obituary|Madame veuve Lucien Édouard, née Gisèle Cadet
obituary|Monsieur Frantz Ménard
obituary|Voir tous les avis
epaper|Le Courrier du jour en PDF
epaper|Feuilleter l'édition du 10 février 2026
newsletter|Recevez les titres du jour dans votre boîte de réception
newsletter|Votre courriel
newsletter|S'inscrire
footer|À propos
footer|Nous contacter
footer|Publicité
footer|Abonnements
footer|Conditions d'utilisation
copyright|Copyright © 2026 Le Courrier de Port-au-Prince. Tous droits réservés.
"""),
 dict(id="le-nouvelliste-ht-style-2", site="le-nouvelliste-ht-style", lang="fr", sep="\n", title="Jacmel retrouve son carnaval : trois jours de défilés sous haute surveillance", date="2026-02-17", page="""
clock|Mardi 17 février 2026
ticker|Taux de référence BRH : 131,18 gourdes pour 1 dollar US
weather|Port-au-Prince 30°C
login|Connexion
subscribe|S'abonner
masthead|Le Courrier de Port-au-Prince
masthead|Le plus ancien quotidien du pays · Fondé en 1899
menu|Actualités
menu|National
menu|Politique
menu|Économie
menu|Société
menu|Culture
menu|Sport
menu|Éditorial
menu|Tribune
menu|Lettres et idées
menu|Le Petit Courrier
network|Kanal 9 FM
network|Stade Magazine
classifieds|Annonces
obituary|Avis de décès
epaper|Édition PDF
search|Rechercher...
breaking|Flash-info
breaking|Le Sénat provisoire convoque le ministre de l'Intérieur jeudi
section-label|Culture
section-label|Carnaval 2026
h1|Jacmel retrouve son carnaval : trois jours de défilés sous haute surveillance
lead|Après deux années sans festivités d'envergure, la cité des poètes a accueilli de dimanche à mardi le carnaval national. Plus de 60 000 personnes selon la mairie, des masques en papier mâché, des chars modestes et un dispositif policier impressionnant.
author-label|Auteur
byline|Stéphanie Désir
dateline|Publié le 2026-02-17
source-label|lecourrierpap.com
counter|Article lu 4 902 fois
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Email
print|Imprimer
font|A-
font|A+
caption|Les « Chaloska » ont ouvert le défilé de lundi sur l'avenue Barranquilla.
credit|Photo : Patrick Moïse / Le Courrier
gallery|Voir la galerie (14 photos)
p|Jacmel a renoué avec sa tradition. De dimanche à mardi gras, les rues de la ville du Sud-Est ont vibré au rythme des bandes à pied, des groupes rara et des quelques chars qui ont pu être montés malgré un budget réduit de moitié par rapport à 2023. Selon la mairie, plus de 60 000 personnes ont assisté aux défilés, dont de nombreux membres de la diaspora.
p|Les artisans du papier mâché, qui font la réputation du carnaval jacmélien, ont occupé le devant de la scène. Oiseaux géants, zombis, diables à cornes et caricatures d'hommes politiques ont défilé sur l'avenue Barranquilla et la rue du Commerce. « Nous avons commencé à travailler en novembre, avec les moyens du bord. Le carton, la colle, la peinture, tout a augmenté », raconte Évens Lafortune, qui dirige un atelier d'une quinzaine de jeunes dans le quartier de La Gosseline.
read-also|Lire aussi : Papier mâché : les ateliers de Jacmel cherchent des acheteurs à l'étranger
h2|« Kanaval se pa nou »
p|Le thème officiel, « Kanaval se pa nou, kilti se fòs nou », a été repris en chœur par plusieurs groupes. Le ministère de la Culture et de la Communication a salué « une démonstration de résilience », tout en reconnaissant que l'événement avait été préparé en moins de deux mois, après la décision de déplacer les festivités hors de la capitale.
p|Sur le plan musical, une dizaine de formations de konpa et de rasin se sont succédé sur le podium installé près de la place d'Armes. Les méringues carnavalesques de l'année, dont plusieurs dénoncent la vie chère et l'insécurité, ont été diffusées en boucle par les radios locales.
ad|Publicité
ad|Télécom Ayiti · Forfait 4G Kanaval : 10 Go pour 500 gourdes
h2|Un dispositif de sécurité renforcé
p|Près de 800 agents de la Police nationale, appuyés par des unités spécialisées, ont été déployés aux entrées de la ville et le long du parcours. Des points de fouille avaient été installés sur la route de Marigot et à l'entrée de Cayes-Jacmel. Aucun incident majeur n'a été signalé, selon le commissaire départemental, qui fait état de quelques interpellations pour vols à la tire.
p|Les hôteliers, eux, se félicitent d'un taux de remplissage inédit depuis plusieurs années. Certaines chambres se louaient jusqu'à 150 dollars la nuit. « Nous étions complets dès le vendredi. Ce qu'il faut maintenant, c'est que l'État nous dise dès le mois de mai si le carnaval revient ici l'an prochain », insiste la gérante d'un hôtel du front de mer.
p|Le bilan économique définitif doit être présenté dans deux semaines par la Chambre de commerce du Sud-Est.
tags|Mots-clés :
tags|Carnaval
tags|Jacmel
tags|Culture
tags|Sud-Est
author-bio|Stéphanie Désir
author-bio|Stéphanie Désir est journaliste à la rubrique Culture du Courrier de Port-au-Prince.
author-link|Voir tous les articles de cet auteur
comments|Réagir à cet article
comments|0 commentaire
comments|Soyez le premier à réagir.
comments|Vous devez être abonné pour publier un commentaire.
related|Dans la même rubrique
related|Livres en folie : la 31e édition annoncée pour juin
related|2026-02-15
related|Disparition du saxophoniste Raymond Alcindor, pilier du konpa des années 80
related|2026-02-12
most-read|Les plus lus
teaser-list|Jacmel retrouve son carnaval : trois jours de défilés sous haute surveillance
most-read|Examens officiels : le MENFP dévoile le calendrier 2026
most-read|Route nationale 2 : un convoi de marchandises escorté jusqu'aux Cayes
classifieds|Annonces
classifieds|Appel d'offres : fourniture de matériel scolaire pour le département du Sud
classifieds|Offre d'emploi : comptable expérimenté recherché, Pétion-Ville
epaper|Le Courrier du jour en PDF
epaper|Feuilleter l'édition du 17 février 2026
newsletter|Recevez les titres du jour dans votre boîte de réception
newsletter|Votre courriel
newsletter|S'inscrire
footer|À propos
footer|Nous contacter
footer|Publicité
footer|Abonnements
footer|Conditions d'utilisation
copyright|Copyright © 2026 Le Courrier de Port-au-Prince. Tous droits réservés.
"""),
 dict(id="foreign-policy-style-1", site="foreign-policy-style", lang="en", sep="\n", title="Europe's Rearmament Has a Procurement Problem", date="2026-02-12", page="""
skip-link|Skip to main content
skip-link|Skip to search
masthead|Statecraft
account|Welcome back, subscriber
account|My Account
subscribe|Give a Gift
search|Search
menu|Latest
menu|News & Analysis
menu|Podcasts
menu|Magazine
menu|Events
menu|Newsletters
menu|Power Maps
menu|Topics
menu|Regions
trending|Trending: Ukraine Talks · U.S.-China Trade · Sudan · The Arctic · Iran
section-label|Argument
section-label|An expert's point of view on a current event.
h1|Europe's Rearmament Has a Procurement Problem
lead|The continent has found the money. Now it has to stop buying 17 different tanks.
byline|By Helena Vasquez-Brandt, a senior fellow at the Transatlantic Security Institute and a former advisor to the European Defence Agency.
dateline|February 12, 2026, 6:00 AM
listen|Listen to this article
listen|11 min
save|Save
share|Share
comments|Comment 14
gift|Gift this article
caption|German Bundeswehr soldiers take part in a training exercise in Munster, Germany, on Jan. 22.
credit|Lena Hoffmann/AFP via Getty Images
p|For the first time in a generation, money is not the main obstacle to European defense. Since 2024, nearly every member of the European Union has announced increases in military spending, and the bloc's new lending instrument has made another 150 billion euros available for joint purchases. The question now is not whether Europe will spend, but whether it will spend well.
p|The early evidence is not encouraging. Last year, European governments signed contracts for at least nine different families of air defense systems, five main battle tanks, and more than a dozen types of 155 mm artillery. Much of that equipment cannot share spare parts, training pipelines, or, in some cases, ammunition. An army that buys everything buys little of anything.
ad|Advertisement
h2|The National Champion Trap
p|The reasons are familiar. Defense ministers answer to parliaments, and parliaments answer to voters who work in factories. When a government in Rome, Paris, or Warsaw chooses a weapons system, it is also choosing where jobs will be created for the next 30 years. Joint procurement asks those governments to accept that some of those jobs will be created somewhere else.
p|Brussels has tried to change the incentives. The new rules reward purchases made by three or more member states with better loan terms and a lower share of national co-financing. But the rules also allow governments to count almost any cross-border contract as joint, including deals in which one country simply buys off the shelf from another. That is coordination in name only.
related|Read More
related|Can Europe Defend Itself Without America?
related|The continent is spending more than ever. That is only half the battle.
h2|What Would Actually Help
p|Three changes would make a difference. First, the EU should set a short list of priority capabilities, such as air defense, long-range strike, and ammunition, and offer its best financing only for those. Second, it should require that jointly financed equipment be interoperable by design, not by later adaptation. Third, it should publish an annual scorecard showing which governments are actually consolidating their purchases and which are not.
p|None of this is easy. Industry will object that standardization kills competition. Smaller states will worry that consolidation means buying German or French. Those concerns are real, but they are not new, and Europe has solved them before. The Airbus consortium was once treated as a political fantasy.
p|"We are not short of factories; we are short of decisions," one European defense official told me last month, speaking on condition of anonymity because he was not authorized to discuss ongoing negotiations. He is right. The war in Ukraine has shown that a military's endurance depends on how fast it can replace what it loses. A fragmented arsenal is slower to replenish.
p|Europe has spent the last three years proving that it can raise money for its own security. The next three will show whether it can turn that money into an army that can fight together. If it cannot, the continent will have paid a great deal for a lesson it already knew.
author-bio|Helena Vasquez-Brandt is a senior fellow at the Transatlantic Security Institute and a former advisor to the European Defence Agency. X: @hvbrandt
tags|Read More On:
tags|Defense
tags|Europe
tags|European Union
tags|Military
tags|NATO
comments|Join the Conversation
comments|Commenting on this and other recent articles is just one benefit of a Statecraft subscription.
comments|14 Comments
comments|View Comments
comments|Please follow our comment guidelines, stay on topic, and be civil, courteous, and respectful to others' beliefs.
related|More from Statecraft
related|Analysis
related|Why the Baltic Cable Cuts Keep Happening
related|Argument
related|NATO's Eastern Flank Needs Fewer Summits and More Trains
related|Dispatch
related|In Moldova, a Quiet Fight Over Gas and Loyalty
newsletter|Morning Brief
newsletter|Our guide to the day's most important world stories.
newsletter|Enter your email
newsletter|Sign Up
newsletter|By submitting your email, you agree to the Privacy Policy and Terms of Use and to receive email correspondence from us. You may opt out at any time.
most-read|Editors' Picks
most-read|1 The Map That Explains Turkey's Foreign Policy
most-read|2 Trump's Tariff Truce With Beijing Is Fraying
most-read|3 What Happens When a Petrostate Runs Dry
footer|About Statecraft
footer|Contact Us
footer|Careers
footer|Privacy Policy
footer|Terms of Use
footer|Accessibility
footer|Reprint Permissions
footer|Advertising
footer|Writer's Guidelines
footer|Group Subscriptions
footer|Statecraft Live
copyright|© 2026, Statecraft Media Group, LLC
cookie|We use cookies to improve your experience. Manage Preferences · Accept All
"""),
 dict(id="foreign-policy-style-2", site="foreign-policy-style", lang="en", sep="\n", title="On Kazakhstan's Steppe, a Nuclear Plant Tests Astana's Balancing Act", date="2026-03-04", page="""
skip-link|Skip to main content
skip-link|Skip to search
masthead|Statecraft
login|Sign In
subscribe|Subscribe Now
subscribe|Spring Sale: Save 50% on an annual subscription
search|Search
menu|Latest
menu|News & Analysis
menu|Podcasts
menu|Magazine
menu|Events
menu|Newsletters
menu|Power Maps
menu|Topics
menu|Regions
trending|Trending: Ukraine Talks · U.S.-China Trade · Gaza · Venezuela · Critical Minerals
paywall|You have 1 free article remaining this month.
paywall|Subscribe for unlimited access
section-label|Dispatch
section-label|Reporting from the front lines of global news.
h1|On Kazakhstan's Steppe, a Nuclear Plant Tests Astana's Balancing Act
lead|Russia is building it. China wants the next one. Kazakhs are not sure they want either.
byline|By Aigerim Sadykova, a journalist based in Almaty.
dateline|March 4, 2026, 12:30 PM
listen|Listen to this article
listen|9 min
save|Save
share|Share
comments|Comment 3
caption|A view of the shore of Lake Balkhash near the village of Ulken, Kazakhstan, on Feb. 18.
credit|Aigerim Sadykova for Statecraft
p|ULKEN, Kazakhstan—On a windy morning in February, the only sign of the country's first nuclear power plant was a fenced plot of frozen earth and a row of white trailers flying the flag of Rosatom, Russia's state nuclear company. Yet the project, approved in a national referendum in 2024, has already become the most closely watched construction site in Central Asia.
p|Kazakhstan produces more uranium than any other country in the world, but it has never generated electricity from it. Its aging coal plants supply most of its power, and officials in Astana say the country faces shortages within the decade as demand grows. The government chose Rosatom to lead a consortium to build the plant, with two reactors of about 1,200 megawatts each. Officials have also said that China's state nuclear corporation is expected to build a second plant.
ad|Advertisement
h2|A Careful Hedge
p|To outsiders, the choice can look like a tilt toward Moscow. Inside the government, it is described as something closer to a hedge. "We are not choosing a side. We are choosing a supplier, and then another supplier," a senior official in the Energy Ministry said, asking not to be named because he was not authorized to speak to the press.
p|That balancing act has defined Kazakh foreign policy for three decades. Astana has kept close ties with Russia, its largest neighbor and the route for most of its oil exports, while courting Chinese investment, European buyers, and American companies. The nuclear program extends that logic to a sector where commitments last 60 years.
p|Critics in Almaty are less relaxed. Several civil society groups that campaigned against the referendum say the terms of the agreement with Rosatom have never been published in full. Their concerns include:
li|who will own and store the spent fuel;
li|what happens to the project if Western sanctions on Russia's nuclear sector are tightened;
li|how much of the construction budget will be borrowed, and from whom.
paywall|Continue reading with a Statecraft subscription. Already a subscriber? Sign In
related|Read More
related|Central Asia's Great Game Has New Players
related|The region's leaders are courting everyone. That is the point.
h2|The View From Ulken
p|In Ulken itself, a village of about 1,500 people on the shore of Lake Balkhash, opinions are more practical. Residents worry about water levels in the lake, which have fluctuated sharply in recent years, and about whether jobs on the site will go to locals or to workers brought in from elsewhere.
p|"They promised us a new school and a new clinic," said Gulnara Tulegenova, who runs a small grocery near the bus stop. "The school is there. The clinic, we are still waiting. If the plant brings work for our children, good. If it brings only trucks, then no."
p|Western diplomats in Astana say they are watching closely but have little leverage. Kazakhstan's government insists that the plant will meet international safety standards and has invited the International Atomic Energy Agency to review the project at each stage. For now, the first concrete is not expected to be poured before 2027.
p|For Astana, the bet is that nuclear power will make the country more independent, not less. Whether that bet pays off will depend on decisions made far from the shores of Lake Balkhash.
author-bio|Aigerim Sadykova is a journalist based in Almaty who covers politics and energy in Central Asia.
tags|Read More On:
tags|Central Asia
tags|Energy
tags|Kazakhstan
tags|Nuclear Power
tags|Russia
comments|Join the Conversation
comments|Commenting on this and other recent articles is just one benefit of a Statecraft subscription.
comments|Already a subscriber? Log In.
comments|Subscribe
paywall|Subscribe to Statecraft for unlimited access to our award-winning journalism, exclusive events, and more.
paywall|Subscribe · Starting at $3.99 per month
related|More from Statecraft
related|Report
related|The Race for Central Asia's Rare Earths
related|Analysis
related|Why Putin Still Needs the Caspian
related|Podcast
related|Inside Astana's Multivector Diplomacy
newsletter|Morning Brief
newsletter|Our guide to the day's most important world stories.
newsletter|Enter your email
newsletter|Sign Up
newsletter|By submitting your email, you agree to the Privacy Policy and Terms of Use and to receive email correspondence from us. You may opt out at any time.
footer|About Statecraft
footer|Contact Us
footer|Careers
footer|Privacy Policy
footer|Terms of Use
footer|Accessibility
footer|Reprint Permissions
footer|Advertising
footer|Writer's Guidelines
footer|Group Subscriptions
footer|Statecraft Live
copyright|© 2026, Statecraft Media Group, LLC
cookie|We use cookies to improve your experience. Manage Preferences · Accept All
"""),
 dict(id="ivoire-soir-style-1", site="ivoire-soir-style", lang="fr", sep="\n", title="Cacao : le prix bord champ maintenu à 2 800 FCFA pour la campagne intermédiaire", date="2026-03-31", page="""
clock|mardi, mars 31, 2026
social|Facebook
social|Twitter
social|Youtube
social|Instagram
masthead|Abidjan Soir Info
masthead|L'info ivoirienne, chaque soir
ad|ADVERTISEMENT
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|FAITS DIVERS
menu|SPORT
menu|PEOPLE
menu|INTERNATIONAL
menu|TRIBUNE
breaking|Dernières infos
breaking|Bouaké : la RN3 coupée à Djébonoua après l'effondrement d'un dalot
breaking|Présidence : le chef de l'État reçoit une délégation du patronat
breadcrumb|Accueil » Économie » Cacao : le prix bord champ maintenu à 2 800 FCFA pour la campagne intermédiaire
section-label|Économie
h1|Cacao : le prix bord champ maintenu à 2 800 FCFA pour la campagne intermédiaire
author-label|par
byline|Koffi Yao Serge
dateline|31 mars 2026
section-label|dans Économie
comments|0
counter|412 vues
reading-time|Lecture: 3 minutes
font|A
font|A
share|Partager sur Facebook
share|Partager sur Twitter
share|WhatsApp
credit|© Abidjan Soir Info
p|Le gouvernement ivoirien a annoncé, ce mardi 31 mars 2026 à Abidjan, le prix d'achat du cacao aux producteurs pour la campagne intermédiaire qui s'ouvre le 1er avril. Le kilogramme de fèves sera payé 2 800 FCFA bord champ, soit le même niveau que lors de la campagne principale lancée en octobre dernier.
p|L'annonce a été faite à l'issue d'un conseil des ministres par le ministre de l'Agriculture, qui a salué « un effort considérable de l'État dans un contexte de repli des cours mondiaux ». Après avoir atteint des records historiques en 2024 et début 2025, le prix de la tonne de cacao sur les marchés de Londres et de New York a nettement reculé ces derniers mois.
read-also|Lire aussi: Soubré : les planteurs réclament des routes avant la prochaine récolte
p|Pour la campagne intermédiaire, le prix du café vert est quant à lui fixé à 1 500 FCFA le kilogramme. Le ministre a rappelé que tout acheteur qui paierait les producteurs en dessous du prix officiel s'exposait à des sanctions, allant jusqu'au retrait de son agrément.
ad|ADVERTISEMENT
h2|Soulagement mitigé chez les producteurs
p|Dans les zones de production, l'annonce a été accueillie avec un certain soulagement. Beaucoup de planteurs craignaient une baisse. « On avait peur d'entendre 2 200 ou 2 000 francs. Donc garder 2 800, c'est bien. Mais les engrais et la main-d'œuvre ont trop augmenté », explique Bamba Souleymane, producteur à Méagui, joint par téléphone.
p|À Daloa, plusieurs responsables de coopératives dénoncent toutefois des retards de paiement sur la campagne principale. « Il y a des magasiniers qui ont pris le cacao à crédit en janvier et qui n'ont toujours pas payé. Les paysans veulent d'abord qu'on règle ça », affirme le président d'une union de coopératives de la région du Haut-Sassandra.
read-also|Lire aussi: Daloa : une coopérative accusée de détournement, le préfet ouvre une enquête
h2|Les mesures d'accompagnement
p|Le Conseil du Café-Cacao a par ailleurs annoncé plusieurs mesures pour la campagne intermédiaire :
li|le renforcement des contrôles sur les pistes rurales pour lutter contre la contrebande vers les pays voisins ;
li|la distribution de 150 000 plants améliorés dans les régions du Centre-Ouest ;
li|la mise en place d'un numéro vert pour signaler les achats en dessous du prix officiel.
p|Premier producteur mondial avec environ 40 % de l'offre, la Côte d'Ivoire dépend fortement du cacao, qui représente une part importante de ses recettes d'exportation. La filière fait vivre directement ou indirectement plusieurs millions de personnes.
signature|Avec AIP
tags|Tags:
tags|Cacao
tags|Conseil du Café-Cacao
tags|Prix bord champ
tags|Agriculture
whatsapp|Rejoignez notre chaîne WhatsApp pour ne rien rater de l'actualité ivoirienne
share|Partager
share|Tweet
share|Envoyer
nav|Article précédent
nav|Port d'Abidjan : le trafic conteneurs en hausse de 9 % au premier trimestre
nav|Article suivant
nav|Législatives partielles : la CEI publie la liste définitive des candidats
author-bio|Koffi Yao Serge
author-bio|Journaliste économique. Suit l'agriculture, l'énergie et les marchés.
related|Articles similaires
related|Anacarde : le Conseil du coton et de l'anacarde fixe le prix à 425 FCFA
related|il y a 1 semaine
related|Hévéa : les producteurs de Dabou dénoncent la chute des prix
related|il y a 2 semaines
related|Café-cacao : 12 exportateurs suspendus pour non-respect de leurs engagements
related|il y a 3 semaines
comments|Laisser un commentaire
comments|Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
most-read|Les plus lus
most-read|Yopougon : un commerçant retrouvé mort dans sa boutique, la police ouvre une enquête
most-read|Élections : le RHDP désigne ses candidats pour les partielles
most-read|Bac 2026 : le calendrier des examens dévoilé
ad|ADVERTISEMENT
footer|À propos
footer|Contact
footer|Publicité
footer|Politique de confidentialité
copyright|© 2026 Abidjan Soir Info - L'info ivoirienne, chaque soir. Tous droits réservés.
login|Bienvenue ! Connectez-vous à votre compte
login|Nom d'utilisateur ou adresse e-mail
login|Mot de passe
login|Se souvenir de moi
login|Mot de passe oublié ?
login|Connexion
login|Récupérer votre mot de passe
login|Veuillez saisir votre nom d'utilisateur ou votre adresse e-mail pour réinitialiser votre mot de passe.
login|Se connecter
search|Aucun résultat
search|Voir tous les résultats
menu|ACCUEIL POLITIQUE ÉCONOMIE SOCIÉTÉ FAITS DIVERS SPORT PEOPLE INTERNATIONAL TRIBUNE
cookie|Ce site utilise des cookies. En continuant à utiliser ce site, vous acceptez leur utilisation. Consultez notre politique de confidentialité.
cookie|J'accepte
"""),
 dict(id="ivoire-soir-style-2", site="ivoire-soir-style", lang="fr", sep="\n", title="Bouaké : un réseau de fabrication de faux billets démantelé, trois suspects arrêtés", date="2026-04-14", page="""
clock|mardi, avril 14, 2026
social|Facebook
social|Twitter
social|Youtube
social|Instagram
masthead|Abidjan Soir Info
masthead|L'info ivoirienne, chaque soir
ad|ADVERTISEMENT
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|FAITS DIVERS
menu|SPORT
menu|PEOPLE
menu|INTERNATIONAL
menu|TRIBUNE
breaking|Dernières infos
breaking|CAN U20 : les Éléphanteaux qualifiés pour les demi-finales
breaking|Cocody : coupure d'eau annoncée ce mercredi dans plusieurs quartiers
breadcrumb|Accueil » Faits divers » Bouaké : un réseau de fabrication de faux billets démantelé, trois suspects arrêtés
section-label|Faits divers
h1|Bouaké : un réseau de fabrication de faux billets démantelé, trois suspects arrêtés
author-label|par
byline|La Rédaction
dateline|14 avril 2026
dateline|Mis à jour 15 avril 2026
section-label|dans Faits divers
comments|3
counter|1.9k vues
reading-time|Lecture: 2 minutes
font|A
font|A
share|Partager sur Facebook
share|Partager sur Twitter
share|WhatsApp
caption|Une partie des billets saisis présentée à la presse par la police, lundi à Bouaké.
credit|© DR
p|La police économique de Bouaké a mis fin aux activités d'un réseau soupçonné de fabriquer et d'écouler de faux billets de banque dans la deuxième ville du pays. Trois hommes âgés de 24 à 41 ans ont été interpellés dans la nuit du samedi 11 au dimanche 12 avril 2026 au quartier Air France 3, selon une source policière.
p|Lors de la perquisition, les enquêteurs ont saisi une imprimante couleur, plusieurs rames de papier spécial, des produits chimiques ainsi que l'équivalent de 7,4 millions de FCFA en coupures de 10 000 et 5 000 FCFA. Une partie de ces billets était encore en cours de séchage au moment de l'intervention.
read-also|Lire aussi: Korhogo : deux faux agents des impôts interpellés au grand marché
p|L'affaire a démarré il y a près de trois semaines, lorsque plusieurs commerçantes du grand marché de Bouaké ont signalé avoir reçu des billets de mauvaise qualité. « Le billet était trop lisse. Quand j'ai montré à ma voisine, elle avait le même. On est allées directement au commissariat », raconte une vendeuse de pagnes.
ad|ADVERTISEMENT
h2|Des « billets noirs » pour appâter les victimes
p|Selon les premiers éléments de l'enquête, le réseau ne se contentait pas d'écouler des faux billets sur les marchés. Ses membres proposaient aussi à des victimes de « multiplier » leur argent grâce à la technique dite des « billets noirs », une escroquerie bien connue des services de police.
p|« Ils demandaient à la victime de leur remettre une somme en vrais billets, par exemple un million, en promettant de lui rendre trois millions après un prétendu lavage chimique. Bien sûr, la personne ne revoyait jamais son argent », explique un officier de police judiciaire sous couvert d'anonymat.
p|Au moins cinq plaintes ont été enregistrées ces derniers mois à Bouaké et à Béoumi pour des faits similaires. Le préjudice total est estimé à plus de 20 millions de FCFA.
embed-blocked|Voir cette publication sur Facebook
embed-blocked|Une publication partagée par Police Nationale CI
h2|La police appelle à la vigilance
p|Les trois suspects ont été déférés au parquet du tribunal de première instance de Bouaké. Ils devront répondre des faits de contrefaçon de signes monétaires, d'usage de faux billets et d'escroquerie. Un quatrième homme, présenté comme le cerveau du réseau, est activement recherché.
p|La police invite les commerçants et les populations à vérifier systématiquement les signes de sécurité des billets, notamment le filigrane, le fil de sécurité et l'encre à couleur changeante, et à signaler toute proposition de « multiplication » d'argent.
signature|K.A., correspondant à Bouaké
tags|Tags:
tags|Bouaké
tags|Faux billets
tags|Police
tags|Escroquerie
whatsapp|Rejoignez notre chaîne WhatsApp pour ne rien rater de l'actualité ivoirienne
share|Partager
share|Tweet
share|Envoyer
nav|Article précédent
nav|Abobo : un incendie ravage une dizaine de magasins au marché
nav|Article suivant
nav|Football : l'ASEC Mimosas tenu en échec par le Stade d'Abidjan
related|Articles similaires
related|San Pedro : un gang de coupeurs de route neutralisé sur l'axe Soubré
related|il y a 4 jours
related|Cybercriminalité : la PLCC met en garde contre les faux recrutements en ligne
related|il y a 1 semaine
comments|3 commentaires
comments|Yao Kouamé
comments|14 avril 2026 à 21 h 05 min
comments|Merci à la police de Bouaké. Il faut continuer le travail.
comments|Répondre
comments|Aminata
comments|15 avril 2026 à 7 h 48 min
comments|Les gens cherchent l'argent facile, c'est ça qui les envoie en prison.
comments|Répondre
comments|Serge D.
comments|15 avril 2026 à 9 h 12 min
comments|Et le 4e, on attend qu'il s'envole ?
comments|Répondre
comments|Laisser un commentaire
comments|Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
most-read|Les plus lus
teaser-list|Bouaké : un réseau de fabrication de faux billets démantelé, trois suspects arrêtés
most-read|Yopougon : un commerçant retrouvé mort dans sa boutique, la police ouvre une enquête
most-read|People : la chanteuse Nadia Kessé annonce un concert géant au Palais de la culture
ad|ADVERTISEMENT
footer|À propos
footer|Contact
footer|Publicité
footer|Politique de confidentialité
copyright|© 2026 Abidjan Soir Info - L'info ivoirienne, chaque soir. Tous droits réservés.
login|Bienvenue ! Connectez-vous à votre compte
login|Nom d'utilisateur ou adresse e-mail
login|Mot de passe
login|Se souvenir de moi
login|Mot de passe oublié ?
login|Connexion
login|Récupérer votre mot de passe
login|Veuillez saisir votre nom d'utilisateur ou votre adresse e-mail pour réinitialiser votre mot de passe.
login|Se connecter
search|Aucun résultat
search|Voir tous les résultats
menu|ACCUEIL POLITIQUE ÉCONOMIE SOCIÉTÉ FAITS DIVERS SPORT PEOPLE INTERNATIONAL TRIBUNE
cookie|Ce site utilise des cookies. En continuant à utiliser ce site, vous acceptez leur utilisation. Consultez notre politique de confidentialité.
cookie|J'accepte
"""),
 dict(id="ghanaweb-style-1", site="ghanaweb-style", lang="en", sep="\n", title="Accra-Kumasi highway: Contractor returns to site after eight-month stoppage", date="2026-03-18", page="""
ad|Advertisement
ad|Close Ad ✕
masthead|GhanaHub
masthead|Ghana's news, since 1996
menu|Home · News · Sports · Business · Entertainment · Africa · Opinions · Country · TV · Radio · Obituaries
login|Sign in
login|Register
search|Search GhanaHub
ticker|USD 15.38 ▲
ticker|GBP 19.96 ▼
ticker|EUR 16.84 ▲
ticker|Gold $2,912 ▲
scoreboard|GPL · Hearts of Oak 2 - 1 Medeama FT · Asante Kotoko 0 - 0 Bibiani GoldStars FT · Nations FC 3 - 1 Basake Holy Stars FT
ad|Advertisement
breadcrumb|Home › News › General News
dateline|General News of Wednesday, 18 March 2026
byline|Source: Kwabena Owusu-Ansah, Contributor
comments|Comments (27)
listen|Listen to Article
listen|0:00 / 4:06
h1|Accra-Kumasi highway: Contractor returns to site after eight-month stoppage
caption|A section of the Accra-Kumasi highway near Apedwa
credit|File photo
section-label|Key highlights
li|Work on the Apedwa-Bunso stretch resumed on Monday after payment of arrears.
li|The ministry says the 22-kilometre section should be completed by mid-2027.
li|Drivers and residents complain about dust and frequent accidents on the diversions.
ad|Advertisement
p|Work has resumed on the Apedwa-Bunso section of the Accra-Kumasi highway after an eight-month stoppage that left motorists battling potholes, dust and long diversions on one of the country's busiest roads.
p|Heavy equipment returned to the site on Monday, March 16, 2026, after the government released part of the arrears owed to the contractor, according to officials of the Ministry of Roads and Highways.
p|The project engineer, Ing. Daniel Asare-Bediako, told journalists during a site inspection that about 38 percent of the 22-kilometre stretch had been completed before work was halted in July last year.
p|"We have remobilised fully. Our target is to complete the dualisation of this section by June 2027, provided funding flows as agreed," he said.
read-also|READ ALSO: Roads Minister gives contractors ultimatum over abandoned projects
ad|Advertisement
p|Commercial drivers who ply the route welcomed the return of the contractor but urged the authorities to put up proper signage at the diversions, which they blamed for a number of accidents in recent months.
p|"At night you cannot see anything. There are no lights, no reflectors. We have lost colleagues on this road," said Kofi Boakye, a driver with a transport union branch at Kyebi.
p|Residents of Apedwa and surrounding communities also complained that dust from the site had become unbearable during the dry season and appealed to the contractor to water the road regularly.
h2|Funding concerns
p|The Accra-Kumasi road links the capital to the Ashanti Region and serves as the main corridor for goods moving to the northern part of the country and to neighbouring Burkina Faso.
p|A member of the Roads and Transport Committee of Parliament, who spoke on condition of anonymity, questioned whether the government would be able to sustain payments throughout the year.
p|"This is not the first time the contractor is returning to site. We need a clear payment schedule so that we do not find ourselves here again in six months," he said.
p|The ministry, in a statement, said it was committed to clearing all outstanding certificates on priority road projects and would engage contractors regularly to avoid further delays.
video|Watch the latest episode of Everyday Roads on GhanaHub TV below:
video|▶ Play Video
video|Everyday Roads: Commuters count the cost of Kasoa traffic
signature|KOA/OGB
whatsapp|Click here to follow the GhanaHub News WhatsApp channel
tip|Send your news stories to newsroom@ghanahub.example and via WhatsApp on +233 55 000 0000
related|Related Articles:
related|Drivers threaten sit-down strike over poor roads in Eastern Region
related|Govt releases GH¢1.2bn to pay road contractors
related|Konongo residents block highway over pothole crash
ad|Advertisement
sponsored|Sponsored Links
sponsored|Ghanaians Are Earning Extra Income With This Simple App
sponsored|Doctors Reveal One Habit That Ruins Your Kidneys
sponsored|Ads by AdNetwork
comments|Reader's Comments (27)
comments|Nana Yaw · 4 hours ago
comments|Every election year they go back to site. We have seen this film before.
comments|Reply · Like 12
comments|Akosua B. · 3 hours ago
comments|Please do the Kumasi end too. Ejisu to Kumasi is a nightmare.
comments|Reply · Like 5
comments|View all 27 comments
disclaimer|Comments are the views of readers and not of GhanaHub.
ad|Advertisement
most-read|Top Stories
most-read|Cedi records marginal gains against dollar in first week of March
most-read|2 hours ago
most-read|Black Stars squad for friendly against Morocco announced
most-read|5 hours ago
most-read|Court adjourns trial of former COCOBOD officials to April
most-read|6 hours ago
teaser-list|Latest News
teaser-list|Teachers' unions give GES two-week ultimatum over allowances
teaser-list|17 minutes ago
teaser-list|Fire destroys shops at Kejetia market
teaser-list|42 minutes ago
teaser-list|More news
awards|Click here to start the nomination process for the GhanaHub Excellence Awards 2026
app|Get the GhanaHub App · Google Play · App Store
ad|Advertisement
footer|About Us · Contact Us · Advertise · Privacy Policy · Terms of Use · Cookie Policy
copyright|Copyright © 1996 - 2026 GhanaHub. All rights reserved.
disclaimer|GhanaHub is not responsible for the content of external sites.
"""),
 dict(id="ghanaweb-style-2", site="ghanaweb-style", lang="en", sep="\n", title="Cedi ends first quarter 3.2% down against dollar, BoG data shows", date="2026-04-01", page="""
ad|Advertisement
ad|Close Ad ✕
masthead|GhanaHub
masthead|Ghana's news, since 1996
menu|Home · News · Sports · Business · Entertainment · Africa · Opinions · Country · TV · Radio · Obituaries
login|Sign in
login|Register
search|Search GhanaHub
ticker|USD 15.52 ▲
ticker|GBP 20.08 ▲
ticker|EUR 16.97 ▼
ticker|Gold $2,940 ▲
ticker|GSE-CI 6,418.22 +0.41%
watch|GhanaHub TV · LIVE
ad|Advertisement
breadcrumb|Home › Business › Business News
dateline|Business News of Wednesday, 1 April 2026
byline|Source: Efua Mensah-Bonsu, GhanaHub
comments|Comments (8)
listen|Listen to Article
listen|0:00 / 3:41
h1|Cedi ends first quarter 3.2% down against dollar, BoG data shows
caption|Governor of the Bank of Ghana addressing a press conference in Accra
credit|Photo credit: BoG
ad|Advertisement
p|The Ghana cedi depreciated by 3.2 percent against the US dollar in the first quarter of 2026, according to the latest interbank data published by the Bank of Ghana (BoG).
p|The local currency, which ended 2025 on a relatively stable note, came under renewed pressure in February as demand for foreign exchange from importers and energy companies picked up.
p|At the close of trading on Tuesday, March 31, the cedi was quoted at GH¢15.48 to the dollar on the interbank market, compared with GH¢14.99 at the start of the year. On the retail market, some forex bureaus in Accra sold the dollar at between GH¢15.80 and GH¢16.10.
p|Against the British pound, the cedi lost 2.6 percent, while it fell by 4.1 percent against the euro over the same period.
ad|Advertisement
read-also|READ ALSO: Fuel prices to go up marginally from April 1 – COMAC
h2|What analysts are saying
p|Analysts attributed the depreciation to a combination of seasonal factors and a slowdown in cocoa export receipts following the drop in world prices.
p|"The first quarter is traditionally a period of high demand for dollars as businesses restock after the festive season. What is different this year is that cocoa inflows have been weaker than expected," said Dr. Samuel Aidoo, an economist with an Accra-based research firm.
p|He, however, noted that the cedi's performance was better than in some previous years and expected the central bank to intervene if pressure persisted.
p|Other market watchers pointed to the growing appetite of fuel marketers for dollars, as the bulk import of petroleum products continues to account for a large share of the country's import bill. They said the pressure could ease in the second quarter if gold export receipts remain strong.
p|Importers who spoke to GhanaHub at the Makola market said the depreciation was already affecting prices of imported goods.
p|"When the dollar goes up, everything goes up. Rice, oil, spare parts. We cannot keep our prices the same," said Ama Serwaa, a trader.
h2|BoG's position
p|The Bank of Ghana, in its recent monetary policy statement, said it remained committed to ensuring stability in the foreign exchange market and had sufficient reserves to smooth out excessive volatility.
p|Gross international reserves stood at about 12 billion dollars at the end of February, equivalent to more than four months of import cover, the central bank said.
p|The Monetary Policy Committee is scheduled to meet again in May to review the policy rate.
signature|EMB/AE
video|Watch the latest episode of Business Weekly on GhanaHub TV below:
video|▶ Play Video
video|Business Weekly: Is the cedi rally over?
whatsapp|Click here to follow the GhanaHub News WhatsApp channel
tip|Send your news stories to newsroom@ghanahub.example and via WhatsApp on +233 55 000 0000
related|Related Articles:
related|Cedi gains 0.8% in one week – BoG
related|Inflation drops to 15.2% in February – GSS
related|Government to issue new cedi bond in May
ad|Advertisement
sponsored|Sponsored Links
sponsored|How Ghanaians Are Trading Forex From Home In 2026
sponsored|This New Solar Generator Is Selling Out In Accra
sponsored|Ads by AdNetwork
comments|Reader's Comments (8)
comments|Kojo Frimpong · 1 hour ago
comments|Every quarter the same story. Produce more, import less.
comments|Reply · Like 9
comments|View all 8 comments
disclaimer|Comments are the views of readers and not of GhanaHub.
ad|Advertisement
teaser-list|Opinions
teaser-list|The cedi does not need another rescue plan, it needs exports
teaser-list|Columnist · 3 hours ago
teaser-list|Why our banks still fear lending to SMEs
teaser-list|Contributor · 1 day ago
most-read|Top Stories
most-read|Parliament approves GH¢3bn loan for coastal protection works
most-read|1 hour ago
most-read|Black Stars drop to 74th in latest FIFA ranking
most-read|3 hours ago
teaser-list|Business
teaser-list|GSE: MTN Ghana shares hit new high
teaser-list|Cocoa farmers protest delayed payments in Western North
teaser-list|Banks' lending rates drop for third straight month
awards|Click here to start the nomination process for the GhanaHub Excellence Awards 2026
app|Get the GhanaHub App · Google Play · App Store
ad|Advertisement
footer|About Us · Contact Us · Advertise · Privacy Policy · Terms of Use · Cookie Policy
copyright|Copyright © 1996 - 2026 GhanaHub. All rights reserved.
disclaimer|GhanaHub is not responsible for the content of external sites.
"""),
]
