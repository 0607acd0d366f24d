# Round 69: eight pages on four more layouts (a US international broadcaster's French-language Africa page, an
# academics' explainer site with a republishing notice, a Malian radio's news site, a South African news site with
# membership appeals), written blind: without looking at the classifier, its rules or the benchmark. Each line:
# "label|text". Invented text; no real article is copied.
ROUND69 = [
 dict(id="voa-afrique-style-1", site="voa-afrique-style", lang="fr", sep="\n", title="Côte d'Ivoire : les planteurs de cacao déçus par le prix fixé pour la campagne intermédiaire", date="2026-04-02", page="""
skip-link|Liens d'accessibilité
skip-link|Passer au contenu principal
skip-link|Passer à la navigation principale
skip-link|Aller à la recherche
menu|Voix de l'Atlantique
search|Rechercher
search|Recherches précédentes
search|OK
watch|Direct
menu|Accueil
menu|Afrique
menu|Monde
menu|Etats-Unis
menu|Economie
menu|Santé
menu|Sports
menu|Arts & Culture
menu|Vidéos
menu|Audio
menu|Emissions
menu|Le Journal de l'Afrique
menu|Washington Forum
social|Suivez-nous
lang-switch|Langues
search|Rechercher sur le site
watch|En direct
watch|Le Journal de l'Afrique
player|Aucun média source n'est disponible
player|0:00 0:29:58 0:00
section-label|Afrique
h1|Côte d'Ivoire : les planteurs de cacao déçus par le prix fixé pour la campagne intermédiaire
dateline|2 avril 2026
byline|Aminata Koné
share|Partager
share|Facebook
share|X
share|WhatsApp
share|E-mail
share|Lien de page
print|Imprimer
comments|Commentaire
alt-text|Un planteur trie des fèves de cacao à Soubré
caption|ARCHIVES - Un planteur trie des fèves de cacao mises à sécher près de Soubré, dans le sud-ouest ivoirien, le 14 octobre 2025.
credit|© AFP
lead|Le gouvernement ivoirien a fixé mercredi à 2 200 francs CFA le kilogramme le prix garanti aux producteurs pour la petite campagne de cacao, en baisse de 600 francs par rapport à la récolte principale. Dans les zones de production, la colère monte.
p|C'est un coup dur pour les quelque un million de producteurs de cacao du premier pays producteur mondial. Annoncé à l'issue du Conseil des ministres, le nouveau prix bord champ, applicable dès ce jeudi et jusqu'à la fin du mois de septembre, marque un net recul après deux campagnes de hausses successives.
p|Le gouvernement justifie cette décision par l'effondrement des cours mondiaux. Après des sommets historiques, la tonne de cacao s'échange désormais sur les marchés de Londres et de New York à moins de la moitié de son niveau d'il y a dix-huit mois, sous l'effet d'une meilleure récolte en Afrique de l'Ouest et d'un recul de la demande des chocolatiers.
p|« Nous avons fait le choix de la responsabilité. Maintenir le prix de la grande campagne aurait mis en péril l'équilibre de toute la filière », a expliqué le porte-parole du gouvernement devant la presse.
read-also|Lire aussi
read-also|Ghana : le Cocobod réduit ses prévisions de récolte pour la deuxième année
h2|« On ne s'en sort plus »
p|Dans la région de la Nawa, principal bassin de production du pays, l'annonce a été accueillie avec amertume. Joint par téléphone par VdA Afrique, Lassina Ouattara, qui cultive six hectares près de Méagui, dit ne pas comprendre.
p|« Quand le prix mondial montait, on nous disait d'attendre. Maintenant qu'il baisse, c'est nous qui payons les premiers. Les engrais, la main-d'œuvre, le transport, tout a augmenté. On ne s'en sort plus », déplore-t-il.
p|Plusieurs coopératives réclament un prix d'au moins 2 500 francs CFA. Certaines menacent de retenir leurs fèves dans les magasins, au risque de voir la qualité se dégrader avec les premières pluies.
video|Le cacao ivoirien face au défi de la traçabilité
video|Aucun média source n'est disponible
video|0:00 0:02:41 0:00
video|Lien direct
video|270p ⎯ 9,3Mo
video|720p ⎯ 31,6Mo
video|Embed
h2|Le spectre de la contrebande
p|Les autorités redoutent surtout un regain de la contrebande vers les pays voisins, où les prix sont parfois plus attractifs. Ces derniers mois, les forces de défense ont saisi plusieurs centaines de tonnes de fèves sur les axes menant vers la Guinée et le Liberia.
p|Pour l'économiste Serge Kouadio, enseignant à l'université Félix Houphouët-Boigny, la marge de manœuvre de l'État reste étroite. « Le système de vente anticipée protège les planteurs quand les cours s'effondrent brutalement, mais il ne peut pas les protéger indéfiniment contre une tendance de fond », analyse-t-il.
p|Le Conseil du café-cacao assure de son côté que les contrats de vente déjà signés pour la campagne 2026-2027 permettront de garantir un prix « stable et rémunérateur » à partir du mois d'octobre. Une promesse qui laisse sceptiques de nombreux producteurs, à six mois d'une échéance électorale locale dans plusieurs régions de l'ouest.
comments|Forum
related|Dans la même rubrique
related|Sénégal : les pêcheurs de Kayar dénoncent la présence de chalutiers étrangers
related|Bénin : ouverture du procès de l'ancien directeur des douanes
related|RDC : la MONUSCO achève son retrait de l'Ituri
related|Voir plus
teaser-list|Le fil d'actualité
teaser-list|Niger : reprise partielle des exportations de pétrole par le Bénin
teaser-list|Il y a 48 minutes
teaser-list|Cameroun : un car se renverse sur l'axe Douala-Yaoundé, au moins 11 morts
teaser-list|Il y a 2 heures
teaser-list|Mali : les enseignants grévistes reprennent le travail
teaser-list|Il y a 3 heures
teaser-list|Afficher plus
podcast|Washington Forum
podcast|L'Afrique et la nouvelle politique commerciale américaine
podcast|Écouter l'émission
schedule|Les émissions de VdA Afrique
schedule|Le Journal de l'Afrique – 06h00, 06h30, 18h30 et 19h00 TU
schedule|Afrique Midi – 12h00 TU
schedule|Dialogue des Jeunes – samedi 19h30 TU
social|Suivez-nous sur les réseaux sociaux
social|Facebook
social|X
social|YouTube
social|Instagram
social|WhatsApp
newsletter|Abonnez-vous à notre lettre d'information
footer|Rubriques
footer|Afrique
footer|Monde
footer|Etats-Unis
footer|Economie
footer|Santé
footer|Sports
footer|Plus d'informations
footer|À propos de VdA
footer|Fréquences
footer|Contactez-nous
footer|Conditions d'utilisation et politique de confidentialité
lang-switch|VdA dans votre langue
lang-switch|English · Português · Kiswahili · Hausa · Afaan Oromoo · Amharic · Kinyarwanda · Kirundi · Somali · Bambara · Lingala · Shona · Tigrigna
footer|VdA Afrique est un service de la Voix de l'Atlantique, diffuseur public international financé par le Congrès des Etats-Unis.
copyright|Voix de l'Atlantique
"""),
 dict(id="voa-afrique-style-2", site="voa-afrique-style", lang="fr", sep="\n", title="Tchad : à Adré, les réfugiés soudanais redoutent la saison des pluies", date="2026-06-11", page="""
skip-link|Liens d'accessibilité
skip-link|Passer au contenu principal
skip-link|Passer à la navigation principale
skip-link|Aller à la recherche
menu|Voix de l'Atlantique
search|Rechercher
search|Recherches précédentes
search|OK
watch|Direct
menu|Accueil
menu|Afrique
menu|Monde
menu|Etats-Unis
menu|Economie
menu|Santé
menu|Sports
menu|Arts & Culture
menu|Vidéos
menu|Audio
menu|Emissions
menu|Le Journal de l'Afrique
menu|Washington Forum
social|Suivez-nous
lang-switch|Langues
search|Rechercher sur le site
watch|En direct
watch|Afrique Midi
player|Aucun média source n'est disponible
player|0:00 0:14:59 0:00
notices|Note aux auditeurs : les fréquences de VdA Afrique à N'Djamena et à Niamey ont été rétablies. Consultez la liste complète de nos fréquences.
section-label|Afrique
h1|Tchad : à Adré, les réfugiés soudanais redoutent la saison des pluies
dateline|11 juin 2026
dateline|dernière mise à jour : 12 juin 2026
byline|Agence France-Presse
share|Partager
share|Facebook
share|X
share|WhatsApp
share|E-mail
share|Lien de page
print|Imprimer
comments|Commentaire
alt-text|Des réfugiées soudanaises près d'Adré
caption|ARCHIVES - Des femmes soudanaises attendent une distribution d'eau dans un camp de fortune près d'Adré, à la frontière entre le Tchad et le Soudan, le 3 mars 2026.
credit|Reuters
signature|ADRÉ, Tchad (AFP) —
p|Sous des bâches fixées à la hâte sur des branches d'épineux, Halimé Abdallah surveille le ciel qui s'assombrit au-dessus d'Adré. Arrivée en janvier du Darfour avec ses cinq enfants, cette veuve de 34 ans sait que les premières grosses averses ne sont plus qu'une question de jours.
p|« L'an dernier, l'eau est entrée dans toutes les tentes. Les enfants ont eu la diarrhée, deux sont morts dans notre bloc », raconte-t-elle, assise sur une natte posée à même le sable.
p|Plus de 250 000 personnes s'entassent dans les sites de transit qui entourent cette ville frontalière de l'est du Tchad, selon les Nations unies, dont une majorité de femmes et d'enfants ayant fui les combats qui se poursuivent au Darfour.
h2|Routes coupées
p|Avec la saison des pluies, qui s'étend de juin à septembre, les oueds débordent et coupent les pistes reliant Adré aux camps de l'intérieur du pays, vers lesquels les humanitaires tentent de transférer les familles.
p|« Nous avons une fenêtre de quelques semaines. Après, les camions ne passent plus et il faudra tout acheminer par les airs, ce qui coûte dix fois plus cher », explique à l'AFP un responsable d'une organisation humanitaire, sous couvert d'anonymat.
p|Les agences onusiennes disent n'avoir reçu qu'un peu plus d'un quart des fonds demandés pour 2026 pour la réponse à la crise des réfugiés soudanais au Tchad, après des coupes importantes dans l'aide internationale l'an dernier.
read-also|Lire aussi
read-also|Soudan : l'ONU alerte sur un risque de famine dans le Nord-Darfour
p|Les rations alimentaires distribuées dans les camps ont déjà été réduites de moitié depuis avril, selon les responsables des sites. Dans le marché improvisé d'Adré, le prix du sorgho a presque doublé en un an.
h2|Choléra
p|Les autorités sanitaires tchadiennes craignent aussi un retour du choléra, qui avait frappé plusieurs camps de la province du Ouaddaï l'an dernier. Des campagnes de vaccination ont été lancées en mai, mais l'accès à l'eau potable reste très insuffisant : moins de dix litres par personne et par jour dans certains sites, loin des normes humanitaires.
p|Dans une clinique tenue par une ONG médicale à l'entrée du site, un infirmier montre les lits vides alignés sous une tente. « Ils sont vides aujourd'hui. Dans un mois, nous mettrons deux enfants par lit », prévient-il.
p|Malgré la précarité, peu envisagent un retour. « Là-bas, il n'y a plus rien. Ni maison, ni école, ni sécurité », résume Halimé Abdallah.
signature|Avec AFP
video|Tchad : les humanitaires manquent de moyens à la frontière soudanaise
video|Aucun média source n'est disponible
video|0:00 0:03:12 0:00
video|Lien direct
video|Embed
comments|Forum
related|Dans la même rubrique
related|Soudan du Sud : l'épidémie de rougeole gagne la capitale
related|Cameroun : les chefs traditionnels de l'Extrême-Nord reçus à Yaoundé
related|Burkina Faso : la junte dissout plusieurs associations de la société civile
related|Voir plus
teaser-list|Le fil d'actualité
teaser-list|RDC : le M23 annonce un retrait de deux localités du Masisi
teaser-list|Il y a 20 minutes
teaser-list|Guinée : le Premier ministre présente son gouvernement remanié
teaser-list|Il y a 1 heure
teaser-list|Mondial 2026 : coup d'envoi ce jeudi, le Maroc et le Sénégal entrent en lice ce week-end
teaser-list|Il y a 4 heures
teaser-list|Afficher plus
podcast|Washington Forum
podcast|Aide humanitaire : quel avenir après les coupes budgétaires ?
podcast|Écouter l'émission
schedule|Les émissions de VdA Afrique
schedule|Le Journal de l'Afrique – 06h00, 06h30, 18h30 et 19h00 TU
schedule|Afrique Midi – 12h00 TU
schedule|Dialogue des Jeunes – samedi 19h30 TU
social|Suivez-nous sur les réseaux sociaux
social|Facebook
social|X
social|YouTube
social|Instagram
social|WhatsApp
newsletter|Abonnez-vous à notre lettre d'information
footer|Rubriques
footer|Afrique
footer|Monde
footer|Etats-Unis
footer|Economie
footer|Santé
footer|Sports
footer|Plus d'informations
footer|À propos de VdA
footer|Fréquences
footer|Contactez-nous
footer|Conditions d'utilisation et politique de confidentialité
lang-switch|VdA dans votre langue
lang-switch|English · Português · Kiswahili · Hausa · Afaan Oromoo · Amharic · Kinyarwanda · Kirundi · Somali · Bambara · Lingala · Shona · Tigrigna
footer|VdA Afrique est un service de la Voix de l'Atlantique, diffuseur public international financé par le Congrès des Etats-Unis.
copyright|Voix de l'Atlantique
"""),
 dict(id="the-conversation-style-1", site="the-conversation-style", lang="en", sep="\n", title="Four-day weeks in local councils: what two years of trials actually tell us", date="2026-02-19", page="""
cookie|We use cookies to help us understand how you use our site and to improve it. By clicking "Accept all", you agree to our use of cookies. Cookie settings
cookie|Accept all
cookie|Reject non-essential
lang-switch|Edition:
lang-switch|United Kingdom
lang-switch|Africa · Australia · Brasil · Canada · Canada (français) · España · Europe · France · Global Perspectives · Indonesia · New Zealand · United States
newsletter|Get newsletter
account|Become an author
account|Sign up as a reader
account|Sign in
donate|Donate
menu|The Colloquy
menu|Academic rigour, newsroom clarity
search|Search analysis, research, academics…
menu|Arts + Culture
menu|Business + Economy
menu|Education
menu|Environment
menu|Health
menu|Politics + Society
menu|Science + Tech
menu|World
menu|Podcasts
menu|Insights
h1|Four-day weeks in local councils: what two years of trials actually tell us
lead|Sickness absence fell and recruitment got easier. But the results are messier than either side of the argument would like.
byline|Hannah Okafor, University of Leeds
byline|Daniel Pryce, Cardiff University
dateline|Published: February 19, 2026 3.02pm GMT
dateline|Updated: February 19, 2026 5.40pm GMT
share|Email
share|X (Twitter)
share|Bluesky
share|Facebook
share|LinkedIn
share|WhatsApp
share|Messenger
print|Print
caption|Council offices have struggled to fill planning and social work posts. Jonathan Hale/Getty Images
p|When South Cambridgeshire District Council moved its office staff to a four-day week in 2023, it became the first local authority in England to try it – and quickly one of the most argued-about. Ministers warned it was "not value for money"; unions called it a model for the public sector.
p|Since then, a handful of other councils in England, Scotland and Wales have run their own trials, with different rules and for different reasons. Over the past two years we have been following six of them, interviewing managers and staff and comparing council performance data before and after the change.
p|Our findings, published this week as a working paper, suggest that the four-day week is neither the miracle its champions describe nor the disaster its critics predicted.
h2|What changed
p|Across the six councils, staff kept the same pay and were expected to deliver the same work in around 80% of their previous hours. Most closed offices to the public on one weekday on a rota basis, so services stayed open five days a week.
p|Three results stand out:
li|Sickness absence fell in five of the six councils, by between 12% and 31%.
li|Vacancies in hard-to-fill roles, such as planning officers and environmental health inspectors, were filled faster, in some cases halving the time a post stayed empty.
li|Of the 40 performance measures we tracked, most were unchanged, a few improved and a small number – mainly call waiting times – got worse.
read-also|Read more: Why councils can't hire planners – and why it matters for housing
caption|Figure 1. Working days lost to sickness per employee, year before and year after the trial
credit|Chart: The Colloquy • Source: council workforce returns, authors' analysis • Get the data • Created with Datawrapper
p|The drop in sickness is the most consistent result. Managers repeatedly told us that staff were using the fifth day for medical appointments and caring responsibilities that they would previously have squeezed into the working week, often by taking a sick day.
h2|Why the results are hard to read
p|There are important caveats. Councils that volunteer for a trial are not typical: they tend to have leaders who are keen for it to succeed and workforces that are already relatively engaged. We cannot rule out that some of the improvements would have happened anyway, as recruitment across local government eased after 2024.
p|Compressing work also has costs that do not show up in the headline figures. In two councils, team leaders told us they were working on their day off to keep on top of emails. One described the policy as "a four-day week for my team and a five-and-a-half-day week for me".
newsletter|Get your news from people who know what they're talking about. Sign up for our free daily newsletter.
p|Front-line staff such as refuse collectors and care workers were mostly left out of the trials, because their rotas are harder to compress. That raises a fairness question that councils have not yet answered.
h2|What it means for other employers
p|For cash-strapped councils, the main attraction is not productivity but recruitment. Local authorities cannot compete with private-sector salaries for scarce professionals, and a shorter week is one of the few benefits they can offer without raising the pay bill.
p|Our evidence suggests that, where the work can be reorganised, a four-day week can help councils hold on to staff at little or no cost to services. But it works best as a carefully monitored change, not a slogan – and the results from one office cannot simply be copied to another.
empty-label|Authors
byline|Hannah Okafor
byline|Associate Professor of Work and Employment Relations, University of Leeds
byline|Daniel Pryce
byline|Lecturer in Public Management, Cardiff University
disclosure|Disclosure statement
disclosure|Hannah Okafor receives funding from the Economic and Social Research Council. She has acted as an unpaid adviser to the Local Government Association on workforce issues.
disclosure|Daniel Pryce does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment.
partner-list|Partners
partner-list|University of Leeds provides funding as a founding partner of The Colloquy UK.
partner-list|Cardiff University provides funding as a member of The Colloquy UK.
partner-list|View all partners
republish|We believe in the free flow of information
republish|Republish our articles for free, online or in print, under a Creative Commons licence.
republish|Republish this article
topics|Four-day week
topics|Local government
topics|Work-life balance
topics|Recruitment
topics|Sickness absence
topics|Public sector workers
write-for-us|Want to write?
write-for-us|Write an article and join a growing community of more than 225,000 academics and researchers from 5,300 institutions.
write-for-us|Register now
event|Events
event|Webinar: The future of work in the public sector — Online
event|Leeds Festival of Ideas: Who cares for the carers? — Leeds, West Yorkshire
event|More events
jobs|Jobs
jobs|Lecturer in Human Resource Management
jobs|Research Fellow, Centre for Local Economic Strategies
jobs|Head of School of Social Sciences
jobs|More jobs
donate|Before you go...
donate|Our editors and academic authors work together to bring you evidence, not opinion. If this article helped you, please consider supporting The Colloquy with a one-off or monthly donation.
donate|Donate now
footer|Community standards
footer|Republishing guidelines
footer|Research and Engagement Unit
footer|Our feeds
footer|Donate
footer|Who we are
footer|Our charter
footer|Our team
footer|Partners and funders
footer|Resource for media
footer|Contact us
footer|Privacy policy
footer|Terms and conditions
footer|Corrections
copyright|Copyright © 2010–2026, The Colloquy Media Group Ltd
"""),
 dict(id="the-conversation-style-2", site="the-conversation-style", lang="en", sep="\n", title="Why a weekend lie-in can leave you feeling worse: the science of social jet lag", date="2026-01-12", page="""
cookie|We use cookies to help us understand how you use our site and to improve it. By clicking "Accept all", you agree to our use of cookies. Cookie settings
cookie|Accept all
cookie|Reject non-essential
lang-switch|Edition:
lang-switch|Global Perspectives
lang-switch|Africa · Australia · Brasil · Canada · Canada (français) · España · Europe · France · Indonesia · New Zealand · United Kingdom · United States
newsletter|Get newsletter
account|Become an author
account|Sign up as a reader
account|Sign in
donate|Donate
menu|The Colloquy
menu|Academic rigour, newsroom clarity
search|Search analysis, research, academics…
menu|Arts + Culture
menu|Business + Economy
menu|Education
menu|Environment
menu|Health
menu|Politics + Society
menu|Science + Tech
menu|World
menu|Podcasts
menu|Insights
series-note|This article is part of our Sleep Well series, which looks at the latest research on how we rest.
h1|Why a weekend lie-in can leave you feeling worse: the science of social jet lag
lead|Many of us live on two clocks: one for the working week and one for the weekend. Shifting between them every few days may be doing more harm than good.
byline|Marta Lindqvist, University of Melbourne
dateline|Published: January 12, 2026 7.15pm GMT
share|Email
share|X (Twitter)
share|Bluesky
share|Facebook
share|LinkedIn
share|WhatsApp
share|Messenger
print|Print
caption|Sleeping in on Sunday can make Monday morning harder. Shutterstock
p|It is Sunday morning, you have slept until ten, and you should feel great. Instead you feel groggy, and by Sunday night you are lying awake wondering why you can't fall asleep. On Monday the alarm feels brutal.
p|Sleep researchers have a name for this: social jet lag. It describes the gap between the timing of your sleep on work days and on free days – in effect, the time-zone shift your body goes through every weekend without ever boarding a plane.
h2|Your body clock doesn't do weekends
p|Almost every cell in the body runs on a roughly 24-hour rhythm, kept in time by a master clock in the brain. Light, especially morning light, is the most powerful signal that keeps this clock set.
p|When you sleep two or three hours later at the weekend, you also see morning light later, and your clock drifts later with it. By Sunday night your body is running as if it were in a time zone to the west. Getting up early on Monday is then like flying east.
p|Surveys in Europe and Australia suggest that around two-thirds of working adults have at least one hour of social jet lag, and about one in three has two hours or more. Teenagers, whose body clocks naturally run late, often have the most.
caption|Average social jet lag by age group, in hours. Author provided
credit|CC BY-ND
read-also|Read more: Teenagers aren't lazy – their body clocks really are different
h2|Why it matters
p|A large body of observational research has linked social jet lag to poorer mood, weight gain and a higher risk of type 2 diabetes and heart disease, even after accounting for how long people sleep overall.
p|These studies cannot prove that shifting sleep times causes these problems. People with irregular schedules may differ in many other ways, for instance in their jobs, diets or stress levels. But experiments in which volunteers' sleep is deliberately shifted show short-term changes in blood sugar control and appetite hormones, which makes a causal link plausible.
p|In our own recent study of 1,200 university staff, those with more than two hours of social jet lag were 40% more likely to report daytime sleepiness on Mondays, regardless of their total sleep.
h2|What can you do?
p|The aim isn't to give up weekend lie-ins entirely, but to keep the shift small. Research points to a few practical steps:
li|Keep your weekend wake-up time within an hour of your weekday one, and catch up with an earlier night or a short afternoon nap instead.
li|Get outside in daylight within an hour of waking, especially on Sunday and Monday mornings.
li|Dim the lights and put screens away in the hour before bed on Sunday evening.
li|If you can, avoid late, heavy meals and alcohol on Saturday night, which both push the body clock later.
p|Employers and schools have a role too. Flexible start times that let late chronotypes begin work later reduce the mismatch at its source, and several trials of later school start times have found teenagers sleep longer as a result.
p|For most people, though, the simplest fix is also the cheapest: treat your alarm clock as a seven-day commitment, and let the light do the rest.
empty-label|Author
byline|Marta Lindqvist
byline|Senior Research Fellow in Sleep and Circadian Health, University of Melbourne
disclosure|Disclosure statement
disclosure|Marta Lindqvist receives funding from the National Health and Medical Research Council. She is a member of the Australasian Sleep Association.
partner-list|Partners
partner-list|University of Melbourne provides funding as a founding partner of The Colloquy AU.
partner-list|View all partners
republish|We believe in the free flow of information
republish|Republish our articles for free, online or in print, under a Creative Commons licence.
republish|Republish this article
topics|Sleep
topics|Circadian rhythms
topics|Body clock
topics|Sleep Well series
related|You might also like
related|How much sleep do you really need? It depends on your age – and your genes
related|Napping at work: what the evidence says about a 20-minute siesta
related|Why daylight saving time changes hit some people harder than others
write-for-us|Want to write?
write-for-us|Write an article and join a growing community of more than 225,000 academics and researchers from 5,300 institutions.
write-for-us|Register now
event|Events
event|Public lecture: Sleep, shift work and health — Melbourne, Victoria
event|More events
jobs|Jobs
jobs|Postdoctoral Research Fellow in Chronobiology
jobs|Clinical Sleep Physiologist
jobs|More jobs
footer|Community standards
footer|Republishing guidelines
footer|Research and Engagement Unit
footer|Our feeds
footer|Donate
footer|Who we are
footer|Our charter
footer|Our team
footer|Partners and funders
footer|Resource for media
footer|Contact us
footer|Privacy policy
footer|Terms and conditions
footer|Corrections
copyright|Copyright © 2010–2026, The Colloquy Media Group Ltd
"""),
 dict(id="studio-tamani-style-1", site="studio-tamani-style", lang="fr", sep="\n", title="Ségou : à Markala, les maraîchers à court d'eau après la fermeture des canaux secondaires", date="2026-03-17", page="""
timestamp|mardi 17 mars 2026
social|Facebook
social|X
social|YouTube
social|SoundCloud
social|WhatsApp
lang-switch|Français
lang-switch|Bamanankan
lang-switch|Fulfulde
lang-switch|Songhay
lang-switch|Tamasheq
menu|Studio Djoliba
menu|L'information de proximité, au service de tous les Maliens
listen|▶ Écouter le direct
listen|Studio Djoliba en direct – 24h/24
menu|Accueil
menu|Actualités
menu|Journaux
menu|Le Grand Dialogue
menu|Magazines
menu|Débats
menu|Émissions en langues
menu|Radios partenaires
menu|Qui sommes-nous ?
menu|Contact
search|Rechercher…
breadcrumb|Accueil / Actualités / Économie
section-label|Économie
h1|Ségou : à Markala, les maraîchers à court d'eau après la fermeture des canaux secondaires
empty-label|Publié le :
dateline|mardi 17 mars 2026 à 18h12
empty-label|Par :
byline|Bakary Coulibaly
byline|Correspondant à Ségou
audio|Écoutez le reportage
audio|Markala – maraîchage – Bakary Coulibaly
audio|00:00
audio|03:26
audio|Télécharger (MP3 – 3,1 Mo)
alt-text|maraîchage Markala
caption|Une parcelle d'oignons desséchée aux abords du canal de Markala, le 14 mars 2026.
credit|Photo : Studio Djoliba / B.C.
lead|Dans la commune de Markala, région de Ségou, des centaines de producteurs d'oignons, de tomates et de gombo voient leurs cultures de contre-saison se dessécher. Les canaux secondaires qui alimentaient leurs parcelles sont à sec depuis près de trois semaines.
p|Au bord du canal, la terre est craquelée. Sur la parcelle d'Oumou Traoré, les feuilles d'oignons ont jauni. Cette productrice, membre d'une coopérative de 120 femmes, a investi près de 250 000 francs CFA en semences et en engrais cette saison. « Si l'eau ne revient pas dans dix jours, nous aurons tout perdu. Nous avons contracté des crédits, comment allons-nous rembourser ? », s'inquiète-t-elle.
p|Selon les producteurs, la fermeture des canaux secondaires a été décidée pour permettre des travaux de curage et de réhabilitation engagés par les services de l'Office du Niger. Ils affirment ne pas avoir été informés à temps.
p|« On nous a dit que les travaux commenceraient après la récolte. Finalement, l'eau a été coupée alors que nos oignons n'étaient même pas à mi-parcours », explique Sidiki Dembélé, président d'une association de maraîchers de la zone.
h2|Des motopompes trop chères
p|Certains producteurs tentent de pomper l'eau directement dans le fleuve à l'aide de motopompes. Mais avec la hausse du prix du carburant, peu peuvent se le permettre. Le litre de gasoil se négocie entre 900 et 1 000 francs CFA sur les marchés de la zone, quand il est disponible.
p|« Pour arroser un demi-hectare, il me faut au moins dix litres par jour. Je ne peux pas tenir », témoigne Adama Sanogo, jeune maraîcher revenu de Bamako pour cultiver la terre familiale.
read-also|À lire aussi : Office du Niger : la campagne rizicole de contre-saison menacée par le manque d'intrants
p|Du côté de l'Office du Niger, on reconnaît un problème de communication. Un responsable de la zone de Markala, joint par Studio Djoliba, assure que l'eau sera rétablie « progressivement à partir de la semaine prochaine » dans les canaux où les travaux sont achevés. Il invite les producteurs à se rapprocher des comités paritaires pour signaler les parcelles les plus touchées.
h2|Inquiétude sur les prix
p|Sur le marché de Ségou, les commerçants redoutent déjà les conséquences. Le sac de 50 kilos d'oignons, vendu autour de 12 500 francs CFA le mois dernier, a commencé à grimper. « Si la production de Markala baisse, les prix vont monter jusqu'à la Tabaski », prévient une grossiste.
p|Les maraîchers demandent à l'État un appui en carburant et en semences pour limiter les pertes, ainsi qu'un calendrier clair des prochains travaux sur le réseau d'irrigation.
share|Partager :
share|Facebook
share|WhatsApp
share|X
share|Telegram
print|Imprimer
tags|Mots-clés : Markala, Office du Niger, maraîchage, Ségou, irrigation
listen|Écouter cette information en bamanankan
whatsapp|Recevez nos journaux sur WhatsApp : rejoignez la chaîne Studio Djoliba
related|Articles similaires
related|Niono : les riziculteurs réclament l'accès aux engrais subventionnés
related|16 mars 2026
related|San : la foire hebdomadaire rouvre après trois mois de suspension
related|12 mars 2026
related|Bougouni : le prix du karité en hausse chez les collectrices
related|9 mars 2026
teaser-list|Derniers articles
teaser-list|Kayes : reprise du trafic sur la route nationale 1 après l'effondrement d'un pont
teaser-list|17/03/2026
teaser-list|Bamako : les délestages s'allongent dans plusieurs quartiers de la rive droite
teaser-list|17/03/2026
teaser-list|Football : les Aigles en stage à Bamako avant les éliminatoires
teaser-list|16/03/2026
schedule|Nos journaux
schedule|Journal en français – 07h00, 12h00, 18h00
schedule|Journal en bamanankan – 07h15, 12h15, 18h15
schedule|Journal en fulfulde, songhay et tamasheq – 08h00, 13h00, 19h00
schedule|Le Grand Dialogue – du lundi au jeudi à 19h30
tip|Vous avez une information ? Appelez gratuitement la rédaction au 80 00 00 00 (numéro vert)
partner-list|Nos radios partenaires
partner-list|Plus de 90 radios communautaires diffusent les programmes de Studio Djoliba dans toutes les régions du Mali.
partner-list|Voir la carte des radios partenaires
funding-note|Studio Djoliba est un programme de la Fondation Pont-des-Ondes, réalisé avec le soutien de la Confédération suisse, de l'Union européenne et du Royaume des Pays-Bas.
footer|Qui sommes-nous ?
footer|Nos fréquences
footer|Charte éditoriale
footer|Recrutement
footer|Mentions légales
footer|Contact
copyright|© 2026 Studio Djoliba – Tous droits réservés
cookie|Ce site utilise des cookies pour améliorer votre expérience. J'accepte
back-to-top|↑
"""),
 dict(id="studio-tamani-style-2", site="studio-tamani-style", lang="fr", sep="\n", title="DEF 2026 : plus de 215 000 candidats face aux épreuves, des centres délocalisés dans le centre et le nord", date="2026-06-08", page="""
timestamp|lundi 8 juin 2026
social|Facebook
social|X
social|YouTube
social|SoundCloud
social|WhatsApp
lang-switch|Français
lang-switch|Bamanankan
lang-switch|Fulfulde
lang-switch|Songhay
lang-switch|Tamasheq
menu|Studio Djoliba
menu|L'information de proximité, au service de tous les Maliens
listen|▶ Écouter le direct
listen|Studio Djoliba en direct – 24h/24
menu|Accueil
menu|Actualités
menu|Journaux
menu|Le Grand Dialogue
menu|Magazines
menu|Débats
menu|Émissions en langues
menu|Radios partenaires
menu|Qui sommes-nous ?
menu|Contact
search|Rechercher…
breadcrumb|Accueil / Actualités / Éducation
section-label|Éducation
h1|DEF 2026 : plus de 215 000 candidats face aux épreuves, des centres délocalisés dans le centre et le nord
empty-label|Publié le :
dateline|lundi 8 juin 2026 à 17h40
audio|Journal en français du 8 juin 2026
audio|00:00
audio|14:52
audio|Télécharger (MP3 – 13,6 Mo)
caption|Des candidats devant un centre d'examen à Bamako, ce lundi matin.
credit|Photo : Studio Djoliba
lead|Les épreuves écrites du Diplôme d'études fondamentales (DEF) ont démarré ce lundi sur l'ensemble du territoire. Dans plusieurs localités des régions de Mopti, Tombouctou et Ménaka, des candidats ont dû se déplacer vers d'autres villes pour composer.
p|Ils sont 215 482 candidats inscrits cette année, selon les chiffres du ministère de l'Éducation nationale, contre un peu plus de 208 000 l'an dernier. Les filles représentent un peu plus de la moitié des effectifs.
p|À Bamako, le lancement officiel a eu lieu dans un centre de la commune IV, en présence des autorités scolaires. Les candidats ont commencé par l'épreuve de rédaction, suivie de celle de physique-chimie dans l'après-midi. Les épreuves se poursuivent jusqu'à mercredi.
h2|Des candidats loin de chez eux
p|Dans certaines zones du centre et du nord, où de nombreuses écoles restent fermées en raison de l'insécurité, les centres d'examen ont été regroupés dans les chefs-lieux de cercle. À Mopti, des élèves venus de communes voisines sont hébergés chez des proches ou dans des écoles transformées en dortoirs.
p|« Nous avons quitté notre village il y a trois jours. Le trajet était long, mais je suis venue pour réussir », confie Fatoumata, 16 ans, candidate originaire d'une commune du cercle de Djenné.
p|Un parent d'élève rencontré à Sévaré dit avoir dépensé près de 40 000 francs CFA en transport et en nourriture pour accompagner son fils. « C'est lourd pour nous, mais l'examen, on ne peut pas le rater », dit-il.
p|À Tombouctou, l'académie d'enseignement indique que plus de 300 candidats des cercles de Goundam et de Diré ont été transférés dans la ville, avec l'appui d'organisations humanitaires pour le transport et les repas. Dans la région de Ménaka, les autorités scolaires affirment que tous les candidats inscrits ont pu rejoindre leur centre, malgré l'état des routes.
read-also|Lire aussi : Mopti : plus de 500 écoles toujours fermées selon le cluster éducation
h2|Le calendrier des épreuves
p|Selon le programme publié par le ministère :
li|lundi : rédaction, physique-chimie ;
li|mardi : mathématiques, histoire-géographie, anglais ;
li|mercredi : biologie, éducation civique et morale, épreuve facultative.
p|Les résultats sont attendus dans la première quinzaine de juillet. Les autorités rappellent que l'usage du téléphone portable est strictement interdit dans les salles et que toute fraude sera sanctionnée par l'exclusion de la session.
p|Le ministre de l'Éducation nationale a appelé les surveillants à la rigueur et les parents à soutenir leurs enfants pendant ces trois jours.
signature|La rédaction
share|Partager :
share|Facebook
share|WhatsApp
share|X
share|Telegram
print|Imprimer
tags|Mots-clés : DEF, examens, éducation, Mopti, Tombouctou
listen|Écouter cette information en bamanankan
whatsapp|Recevez nos journaux sur WhatsApp : rejoignez la chaîne Studio Djoliba
related|Articles similaires
related|Examens de fin d'année : les syndicats d'enseignants lèvent leur mot d'ordre de grève
related|2 juin 2026
related|Baccalauréat 2026 : le calendrier des épreuves dévoilé
related|28 mai 2026
related|Gao : une école reconstruite accueille de nouveau 400 élèves
related|21 mai 2026
teaser-list|Derniers articles
teaser-list|Sikasso : la campagne cotonnière démarre avec un nouveau prix des intrants
teaser-list|08/06/2026
teaser-list|Tombouctou : arrivée d'un convoi de vivres après trois semaines d'attente
teaser-list|08/06/2026
teaser-list|Santé : lancement de la campagne de chimioprévention du paludisme saisonnier
teaser-list|07/06/2026
podcast|Le Grand Dialogue
podcast|Examens scolaires : comment garantir l'égalité des chances pour les élèves des zones d'insécurité ?
podcast|Écouter le débat
podcast|58:04
schedule|Nos journaux
schedule|Journal en français – 07h00, 12h00, 18h00
schedule|Journal en bamanankan – 07h15, 12h15, 18h15
schedule|Journal en fulfulde, songhay et tamasheq – 08h00, 13h00, 19h00
schedule|Le Grand Dialogue – du lundi au jeudi à 19h30
tip|Vous avez une information ? Appelez gratuitement la rédaction au 80 00 00 00 (numéro vert)
partner-list|Nos radios partenaires
partner-list|Plus de 90 radios communautaires diffusent les programmes de Studio Djoliba dans toutes les régions du Mali.
partner-list|Voir la carte des radios partenaires
funding-note|Studio Djoliba est un programme de la Fondation Pont-des-Ondes, réalisé avec le soutien de la Confédération suisse, de l'Union européenne et du Royaume des Pays-Bas.
footer|Qui sommes-nous ?
footer|Nos fréquences
footer|Charte éditoriale
footer|Recrutement
footer|Mentions légales
footer|Contact
copyright|© 2026 Studio Djoliba – Tous droits réservés
cookie|Ce site utilise des cookies pour améliorer votre expérience. J'accepte
back-to-top|↑
"""),
 dict(id="daily-maverick-style-1", site="daily-maverick-style", lang="en", sep="\n", title="Joburg's taps run dry again as Rand Water maintenance collides with a decaying municipal network", date="2026-03-11", page="""
skip-link|Skip to main content
ticker|JSE All Share 98 412 ▲ 0.61%
ticker|USD/ZAR R17.62 ▼ 0.34%
ticker|Brent $66.10 ▲ 1.02%
ticker|Gold $2 941 ▲ 0.18%
membership|Support independent journalism. Become a Meridian Insider
account|Sign in
account|Subscribe
menu|Daily Meridian
search|Search
menu|South Africa
menu|Business Meridian
menu|Our Living Planet
menu|Meridian Citizen
menu|Opinionista
menu|World
menu|Sport
menu|Meridian Life
menu|Meridian 168
menu|Cartoons
menu|Podcasts
menu|Newsletters
menu|Events
section-label|OUR LIVING PLANET
section-label|WATER CRISIS
h1|Joburg's taps run dry again as Rand Water maintenance collides with a decaying municipal network
lead|For the third time in 12 months, hundreds of thousands of Johannesburg residents face days without running water. Officials blame planned bulk maintenance; residents blame a city that has not fixed its own pipes.
byline|By Thandeka Mokoena
author-link|Follow
dateline|11 Mar 2026
reading-time|⏱ 7 min read
comments|💬 23
gift|🎁 Gift this article
save|Save
share|Share
listen|Listen to this article
listen|0:00 / 7:12
disclaimer|This audio is generated by an AI voice and may contain errors.
caption|Residents of Soweto collect water from a municipal tanker on 9 March 2026. (Photo: Lensbox / Sipho Maseko)
p|On Tuesday morning, Nomsa Dlamini joined a queue of about 40 people at a water tanker on a street corner in Orlando East, Soweto, carrying two 25-litre containers she has learnt to keep clean and ready.
p|"We were told it would be 54 hours. That was on Saturday," the 61-year-old said. "Nobody believes the numbers any more. When they say two days, you plan for a week."
p|Dlamini is one of hundreds of thousands of residents across Soweto, parts of Roodepoort and the western suburbs who have had little or no water since Rand Water, the bulk supplier to Gauteng, began a planned maintenance shutdown at one of its pumping stations over the weekend.
p|It is the third major outage in the city in a year, and the pattern is now familiar. Rand Water reduces supply to carry out work on its ageing infrastructure; Johannesburg Water's reservoirs and towers, already running low because of leaks, empty within hours; and high-lying areas are the last to recover once the bulk supply is restored.
read-also|READ MORE: Johannesburg loses almost half of its water before it reaches a tap, new audit finds
h2|'The system has no buffer'
p|According to figures presented to the city's council last month, Johannesburg Water loses about 45% of the water it buys through physical leaks, illegal connections and billing failures. Several key reservoirs are operating far below the levels needed to ride out even a short interruption.
p|"The system has no buffer," said Dr Lerato Mahlangu, a water engineer at the University of the Witwatersrand who has studied the city's network. "In a healthy system, reservoirs hold enough to get through 36 or 48 hours of reduced supply. In parts of Joburg you have less than 12. So every maintenance window becomes a crisis."
p|Johannesburg Water said in a statement on Monday that it had deployed 52 tankers and was "working around the clock" to restore supply, and that the bulk work was necessary to prevent "unplanned and far more serious failures". It said most areas would recover by Thursday.
membership|Every day, Daily Meridian's journalists ask the questions that others won't. Our journalism is free to read because thousands of Meridian Insiders chip in. Join them from R25 a month.
membership|Become an Insider
p|The city has promised a R2.4-billion pipe replacement programme over the next three years, funded partly by a national infrastructure loan. But residents and ward councillors say the pace of repairs is far too slow: burst pipes reported weeks ago are still spilling water onto streets in several suburbs.
h2|A political fight
p|The outages have become a political flashpoint ahead of the local government elections expected later this year. Opposition councillors have tabled a motion calling for an independent inquiry into Johannesburg Water's management, while the mayoral committee member for environment and infrastructure has accused critics of "politicising maintenance that should have been done a decade ago".
p|Civil society groups, meanwhile, are considering court action. A coalition of residents' associations in the west of the city said it was consulting lawyers about whether the repeated outages violate the constitutional right of access to sufficient water.
newsletter|Sign up for the Our Living Planet newsletter, delivered every Tuesday. Sign up
p|Back in Orlando East, the tanker ran dry shortly before noon. The driver promised to return in the afternoon. Dlamini carried one full container home and left the other in the queue, with a neighbour keeping her place.
p|"You learn to be patient," she said. "But patience is not water." DM
epaper|This story first appeared in our weekly Meridian 168 newspaper, which is available countrywide for R35.
comments|Comments (23)
comments|Please peer review 3 community comments before your comment can be posted
comments|Sort by: Newest
comments|Pieter van der Merwe
comments|11 Mar 2026, 09:14
comments|We had no water in Florida for five days in December. Nobody from the city ever came to explain. Enough.
comments|Reply
comments|👍 41
comments|Zanele K
comments|11 Mar 2026, 08:02
comments|The engineers have been warning about this for fifteen years. It's not a water crisis, it's a governance crisis.
comments|Reply
comments|👍 67
comments|Load more comments
membership|Thank you for reading Daily Meridian
membership|Your support makes it possible for us to keep our journalism free for everyone. Become a Meridian Insider and get ad-free reading, exclusive newsletters and invites to Meridian events.
membership|Choose your contribution
membership|R25 / month
membership|R100 / month
membership|R200 / month
membership|Other amount
membership|Already an Insider? Sign in
related|More in Our Living Planet
related|Cape Town's new desalination plant gets the green light – at a price
related|2 hours ago
related|Vaal River sewage: Emfuleni given 90 days to fix its plants
related|1 day ago
related|Tracking the return of the Cape leopard to the Winelands
related|3 days ago
most-read|Trending
most-read|1 ANC NEC meets as coalition tensions flare over municipal budgets
most-read|2 Eskom hikes: what the new tariffs will mean for your April bill
most-read|3 Proteas name uncapped fast bowler for New Zealand tour
app|Get the Daily Meridian app – Download on the App Store · Get it on Google Play
footer|About Us
footer|Contact Us
footer|Advertise
footer|Careers
footer|Complaints
footer|Terms of Use
footer|Privacy Policy
footer|PAIA Manual
footer|Press Council
disclaimer|Daily Meridian subscribes to the Press Code of South Africa and is a member of the Press Council. Complaints about our journalism can be lodged with the Press Ombud.
copyright|© Daily Meridian 2026 – All rights reserved
cookie|We use cookies to give you the best experience. Manage preferences · Accept
"""),
 dict(id="daily-maverick-style-2", site="daily-maverick-style", lang="en", sep="\n", title="A year after US aid cuts, Eastern Cape clinics count the cost of closed HIV testing sites", date="2026-05-20", page="""
skip-link|Skip to main content
ticker|JSE All Share 101 087 ▼ 0.22%
ticker|USD/ZAR R17.95 ▲ 0.41%
ticker|Brent $63.48 ▼ 0.87%
ticker|Gold $3 012 ▲ 0.35%
membership|Support independent journalism. Become a Meridian Insider
account|Sign in
account|Subscribe
menu|Daily Meridian
search|Search
menu|South Africa
menu|Business Meridian
menu|Our Living Planet
menu|Meridian Citizen
menu|Opinionista
menu|World
menu|Sport
menu|Meridian Life
menu|Meridian 168
menu|Cartoons
menu|Podcasts
menu|Newsletters
menu|Events
section-label|MERIDIAN CITIZEN
section-label|HEALTH
h1|A year after US aid cuts, Eastern Cape clinics count the cost of closed HIV testing sites
lead|Mobile testing vans no longer come, community health workers have been laid off and nurses say they are seeing patients arrive sicker. Provincial officials insist the gap is being filled.
byline|By Sizwe Ntuli and Anele Jacobs
author-link|Follow
dateline|20 May 2026
reading-time|⏱ 8 min read
comments|💬 9
gift|🎁 Gift this article
save|Save
share|Share
listen|Listen to this article
listen|0:00 / 8:05
disclaimer|This audio is generated by an AI voice and may contain errors.
caption|A nurse prepares files at a clinic outside Mthatha, Eastern Cape, on 14 May 2026. (Photo: Anele Jacobs)
p|The blue-and-white van used to park outside the Ngangelizwe taxi rank every second Thursday. Its team of three tested taxi drivers, hawkers and commuters for HIV and tuberculosis, handed out condoms and pre-exposure prophylaxis (PrEP), and followed up with those who tested positive until they were linked to a clinic.
p|The van has not come since April 2025. The NGO that ran it lost its US funding in the sweeping aid cuts announced early that year, and laid off 74 staff in the OR Tambo district alone.
p|"Those drivers will not come to the clinic. They work from five in the morning until nine at night," said Nomvuyo Mbete, a former counsellor on the van who now sells airtime at the same rank. "We used to bring the clinic to them. Now nobody brings anything."
read-also|READ MORE: US funding freeze: what it means for South Africa's HIV response
h2|Fewer tests, later diagnoses
p|Over three weeks, Meridian Citizen visited seven clinics and two hospitals in the OR Tambo and Alfred Nzo districts and spoke to more than 30 nurses, health workers and patients.
p|The picture that emerges is not of a sudden collapse – most clinics still have antiretroviral medicines in stock – but of a slow erosion of the outreach work that found people before they became ill. Nurses at four clinics said they were seeing more patients arrive with advanced HIV disease, including tuberculosis and cryptococcal meningitis, conditions that were becoming rarer before 2025.
p|"In the past month I have admitted two young women with CD4 counts below 50. Both said they had never been tested," said a medical officer at a district hospital, who asked not to be named because staff are not permitted to speak to the media.
p|Data shared with Meridian Citizen by a district health official show that the number of HIV tests conducted in OR Tambo fell by about 28% between the 2024/25 and 2025/26 financial years. The number of people newly started on treatment fell by a similar margin.
membership|This story is free to read because of Meridian Insiders. Our health journalism costs money to produce. If you value it, please consider joining from R25 a month.
membership|Join now
h2|The province's response
p|The Eastern Cape health department disputes that services have deteriorated. Spokesperson Siyabonga Ndlela said the department had absorbed "a significant number" of former NGO-funded staff into its own posts and that testing had been integrated into routine clinic services.
p|"No patient has been turned away and there are no stock-outs of ARVs in the province," Ndlela said. He added that the department was "reviewing data quality" and that some of the decline in testing figures reflected changes in how tests were recorded.
p|The national health department has said it allocated additional funds to provinces in the 2025 mid-term budget to cover part of the gap. Health activists argue this money has been spread too thinly and came too late for many community programmes.
h2|'We are the ones left'
p|At a clinic near Lusikisiki, Sister Thembeka Nqeto counts off what has gone: the data capturer, two lay counsellors, the adherence club facilitator, the tracer who went door to door looking for patients who had missed appointments.
p|"We are the ones left," she said, gesturing at the queue that snaked around the building. "We are doing the work of seven people with three. Something has to give, and what gives is the follow-up."
p|Researchers warn that the full effect of the cuts may not be visible for years, as undiagnosed infections are passed on and progress to illness. For now, in the taxi ranks and villages the van no longer visits, the missing tests are, as one nurse put it, "the numbers nobody is counting".
signature|DM
funding-note|This article was produced with support from the Meridian Health Journalism Fund. The fund has no say in editorial decisions.
comments|Comments (9)
comments|Please peer review 3 community comments before your comment can be posted
comments|Sort by: Newest
comments|Dr J. Mostert
comments|20 May 2026, 11:47
comments|Thank you for this reporting. Those of us in district hospitals see exactly this every week.
comments|Reply
comments|👍 28
comments|Load more comments
membership|Thank you for reading Daily Meridian
membership|Your support makes it possible for us to keep our journalism free for everyone. Become a Meridian Insider and get ad-free reading, exclusive newsletters and invites to Meridian events.
membership|Choose your contribution
membership|R25 / month
membership|R100 / month
membership|R200 / month
membership|Other amount
membership|Already an Insider? Sign in
related|More in Meridian Citizen
related|Gqeberha's gang violence: the schools where children learn under guard
related|5 hours ago
related|Social grants: Sassa's new verification system leaves thousands unpaid
related|1 day ago
related|Makhanda's water: residents take the municipality to court, again
related|2 days ago
most-read|Trending
most-read|1 GNU partners clash over NHI funding in budget vote debate
most-read|2 Load-shedding is back: Eskom moves to stage 2 after unit failures
most-read|3 Springboks name an experimental squad for the July Tests
app|Get the Daily Meridian app – Download on the App Store · Get it on Google Play
footer|About Us
footer|Contact Us
footer|Advertise
footer|Careers
footer|Complaints
footer|Terms of Use
footer|Privacy Policy
footer|PAIA Manual
footer|Press Council
disclaimer|Daily Meridian subscribes to the Press Code of South Africa and is a member of the Press Council. Complaints about our journalism can be lodged with the Press Ombud.
copyright|© Daily Meridian 2026 – All rights reserved
cookie|We use cookies to give you the best experience. Manage preferences · Accept
"""),
]
