"""Demo content of the public site: home, general pages, news, topics and footer.

Everything said about the project comes from the partnership's presentation (the seed
document); general context (the programme, green jobs, the law) is marked as such.
"""

from core.demo.text import T

# Shared wording ------------------------------------------------------------------------

# The project's main aim, as the presentation states it.
MAIN_AIM = T(
    pl=(
        "Celem głównym projektu było stworzenie warunków dla rozwoju aktywności"
        " zawodowej w obrębie zielonych miejsc pracy poprzez rozwój partnerstwa"
        " publiczno-społecznego i współpracy na rzecz rozwoju zielonych miejsc"
        " pracy w regionie do końca roku 2013."
    ),
    en=(
        "The project’s main aim was to create the conditions for developing"
        " professional activity in green jobs by building a public-social"
        " partnership and cooperation for the development of green jobs in the"
        " region by the end of 2013."
    ),
    es=(
        "El objetivo principal del proyecto era crear las condiciones para el"
        " desarrollo de la actividad profesional en el ámbito de los empleos"
        " verdes mediante el desarrollo de un partenariado público-social y de"
        " la cooperación en favor de los empleos verdes en la región antes de"
        " que terminara 2013."
    ),
)

OFFICE = T(
    pl="Wojewódzki Urząd Pracy w Białymstoku",
    en="Wojewódzki Urząd Pracy w Białymstoku (Regional Labour Office in Białystok)",
    es="Wojewódzki Urząd Pracy w Białymstoku (Oficina Regional de Empleo de Białystok)",
)

PRESENTATION = T(
    pl="Z prezentacji projektu, Wojewódzki Urząd Pracy w Białymstoku",
    en="From the project presentation, Regional Labour Office in Białystok",
    es="De la presentación del proyecto, Oficina Regional de Empleo de Białystok",
)

# Home ----------------------------------------------------------------------------------

HOME = {
    "title": T(
        pl="Zielone miejsca pracy – partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy",
        en="Green Jobs – Partnership for the Development and Promotion of Green Jobs",
        es="Empleos verdes – Partenariado para el desarrollo y la promoción de los empleos verdes",
    ),
    "intro": T(
        pl=(
            "Wojewódzki Urząd Pracy w Białymstoku realizował projekt z komponentem"
            " ponadnarodowym PWP „Partnerstwo na rzecz rozwoju i promocji zielonych miejsc"
            " pracy” w ramach Programu Operacyjnego Kapitał Ludzki. Razem z partnerami z"
            " województwa podlaskiego, z Wielkiej Brytanii i z Hiszpanii urząd tworzył warunki"
            " dla rozwoju aktywności zawodowej w obrębie zielonych miejsc pracy, które są"
            " obecnie wyzwaniem i szansą lokalnych rynków pracy."
        ),
        en=(
            "The Wojewódzki Urząd Pracy w Białymstoku (Regional Labour Office in Białystok)"
            " carried out the PWP project “Partnerstwo na rzecz rozwoju i promocji zielonych"
            " miejsc pracy” (Partnership for the Development and Promotion of Green Jobs), a"
            " project with a transnational component under the Program Operacyjny Kapitał"
            " Ludzki (Human Capital Operational Programme). Together with partners from the"
            " Podlaskie Voivodeship, the United Kingdom and Spain, the office created the"
            " conditions for people to become professionally active in green jobs, which are"
            " today both a challenge and an opportunity for local labour markets."
        ),
        es=(
            "La Wojewódzki Urząd Pracy w Białymstoku (Oficina Regional de Empleo de Białystok)"
            " llevó a cabo el proyecto PWP «Partnerstwo na rzecz rozwoju i promocji zielonych"
            " miejsc pracy» (Partenariado para el desarrollo y la promoción de los empleos"
            " verdes), un proyecto con componente transnacional enmarcado en el Program"
            " Operacyjny Kapitał Ludzki (Programa Operativo Capital Humano). Junto con socios"
            " del voivodato de Podlaquia, del Reino Unido y de España, la oficina creó las"
            " condiciones para el desarrollo de la actividad profesional en el ámbito de los"
            " empleos verdes, que hoy son a la vez un reto y una oportunidad para los mercados"
            " laborales locales."
        ),
    ),
    "body": [
        (
            "heading",
            T(
                pl="Cel główny projektu",
                en="The project’s main aim",
                es="Objetivo principal del proyecto",
            ),
        ),
        (
            "text",
            [
                MAIN_AIM,
                T(
                    pl=(
                        "Zielone miejsca pracy to, ogólnie mówiąc, miejsca pracy, które"
                        " przyczyniają się do ochrony lub przywracania dobrego stanu środowiska,"
                        " na przykład w energetyce odnawialnej, gospodarce odpadami czy"
                        " gospodarce wodno-ściekowej."
                    ),
                    en=(
                        "Broadly speaking, green jobs are jobs that help to protect or restore"
                        " the environment, for example in renewable energy, waste management or"
                        " water and wastewater management."
                    ),
                    es=(
                        "En términos generales, los empleos verdes son aquellos que contribuyen"
                        " a proteger o recuperar el medio ambiente, por ejemplo en las energías"
                        " renovables, la gestión de residuos o la gestión del agua y de las"
                        " aguas residuales."
                    ),
                ),
            ],
        ),
        (
            "heading",
            T(pl="Projekt w liczbach", en="The project in figures", es="El proyecto en cifras"),
        ),
        (
            "key_figures",
            [
                {
                    "value": T(
                        pl="1.05.2011–31.12.2013",
                        en="1/5/2011–31/12/2013",
                        es="1/5/2011–31/12/2013",
                    ),
                    "label": T(
                        pl="okres realizacji projektu",
                        en="project period",
                        es="periodo de ejecución del proyecto",
                    ),
                },
                {
                    "value": T(pl="1 838 000 zł", en="PLN 1,838,000", es="1.838.000 PLN"),
                    "label": T(pl="wartość projektu", en="project value", es="valor del proyecto"),
                },
                {
                    "value": T(pl="34", en="34", es="34"),
                    "label": T(
                        pl="podmioty w partnerstwie publiczno-społecznym",
                        en="members of the public-social partnership",
                        es="entidades del partenariado público-social",
                    ),
                },
                {
                    "value": T(pl="30", en="30", es="30"),
                    "label": T(
                        pl="doradców ds. zielonych miejsc pracy przeszkolonych w 5 blokach tematycznych",
                        en="green jobs advisors trained in 5 thematic blocks",
                        es="asesores de empleos verdes formados en 5 bloques temáticos",
                    ),
                },
                {
                    "value": T(pl="600 h", en="600 hours", es="600 horas"),
                    "label": T(
                        pl="konsultacji udzielonych przez doradców",
                        en="of consultations given by the advisors",
                        es="de consultas ofrecidas por los asesores",
                    ),
                },
                {
                    "value": T(pl="148", en="148", es="148"),
                    "label": T(
                        pl="osób przeszkolonych na szkoleniach specjalistycznych",
                        en="people trained in specialist courses",
                        es="personas formadas en cursos especializados",
                    ),
                },
                {
                    "value": T(pl="ok. 30%", en="c. 30%", es="aprox. 30 %"),
                    "label": T(
                        pl="uczestników projektu skierowanych na staże zawodowe",
                        en="of project participants placed on work internships",
                        es="de los participantes del proyecto enviados a prácticas profesionales",
                    ),
                },
                {
                    "value": T(pl="15", en="15", es="15"),
                    "label": T(
                        pl="odcinków programu TV „Zielone miejsca pracy”",
                        en="episodes of the TV programme “Zielone miejsca pracy” (Green Jobs)",
                        es="episodios del programa de televisión «Zielone miejsca pracy» (Empleos verdes)",
                    ),
                },
            ],
        ),
    ],
    "courses_intro": T(
        pl=(
            "Doradców ds. zielonych miejsc pracy zapraszamy do kursów e-learningowych"
            " opartych na pięciu blokach tematycznych szkolenia: gospodarowanie odpadami,"
            " odnawialne źródła energii, powietrze i klimat, woda i ścieki oraz szkolenie"
            " administracyjne."
        ),
        en=(
            "Green jobs advisors are invited to take our e-learning courses based on the five"
            " thematic blocks of the training: waste management, renewable energy sources, air"
            " and climate, water and wastewater, and administrative training."
        ),
        es=(
            "Invitamos a los asesores de empleos verdes a realizar nuestros cursos en línea,"
            " basados en los cinco bloques temáticos de la formación: gestión de residuos,"
            " fuentes de energía renovables, aire y clima, agua y aguas residuales, y formación"
            " administrativa."
        ),
    ),
}

# About the project ---------------------------------------------------------------------

ABOUT = {
    "slug": T(pl="o-projekcie", en="about-the-project", es="sobre-el-proyecto"),
    "title": T(pl="O projekcie", en="About the project", es="Sobre el proyecto"),
    "intro": T(
        pl=(
            "Projekt PWP „Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy”"
            " realizował Wojewódzki Urząd Pracy w Białymstoku w ramach Programu Operacyjnego"
            " Kapitał Ludzki od 1 maja 2011 r. do 31 grudnia 2013 r."
        ),
        en=(
            "The PWP project “Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy”"
            " (Partnership for the Development and Promotion of Green Jobs) was carried out by"
            " the Wojewódzki Urząd Pracy w Białymstoku (Regional Labour Office in Białystok)"
            " under the Program Operacyjny Kapitał Ludzki (Human Capital Operational Programme)"
            " from 1 May 2011 to 31 December 2013."
        ),
        es=(
            "El proyecto PWP «Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy»"
            " (Partenariado para el desarrollo y la promoción de los empleos verdes) fue"
            " ejecutado por la Wojewódzki Urząd Pracy w Białymstoku (Oficina Regional de Empleo"
            " de Białystok) en el marco del Program Operacyjny Kapitał Ludzki (Programa"
            " Operativo Capital Humano) entre el 1 de mayo de 2011 y el 31 de diciembre de 2013."
        ),
    ),
    "body": [
        ("heading", T(pl="Realizator projektu", en="Who ran the project", es="Entidad ejecutora")),
        (
            "text",
            [
                T(
                    pl=(
                        "Wojewódzki Urząd Pracy w Białymstoku jest realizatorem polityki rynku"
                        " pracy. Inspiruje partnerów do wspólnych działań na rzecz poprawy"
                        " sytuacji na lokalnym rynku pracy i wspiera osoby dorosłe w planowaniu"
                        " i rozwoju kariery zawodowej."
                    ),
                    en=(
                        "The Regional Labour Office in Białystok implements labour market"
                        " policy. It encourages partners to work together to improve the"
                        " situation on the local labour market and supports adults in planning"
                        " and developing their careers."
                    ),
                    es=(
                        "La Oficina Regional de Empleo de Białystok ejecuta la política del"
                        " mercado laboral. Impulsa a sus socios a emprender acciones conjuntas"
                        " para mejorar la situación del mercado laboral local y apoya a las"
                        " personas adultas en la planificación y el desarrollo de su carrera"
                        " profesional."
                    ),
                ),
                T(
                    pl=(
                        "Obecnym wyzwaniem i szansą lokalnych rynków są zielone miejsca pracy."
                        " Urząd stara się wypracować skuteczne rozwiązania w tym zakresie i,"
                        " wychodząc naprzeciw potrzebie tworzenia takich miejsc pracy, podjął"
                        " realizację projektu z komponentem ponadnarodowym."
                    ),
                    en=(
                        "Green jobs are a current challenge and opportunity for local markets."
                        " The office seeks to develop effective solutions in this field and, in"
                        " response to the need to create such jobs, took on a project with a"
                        " transnational component."
                    ),
                    es=(
                        "Los empleos verdes son un reto y una oportunidad actuales para los"
                        " mercados locales. La oficina trata de desarrollar soluciones eficaces"
                        " en este ámbito y, para responder a la necesidad de crear este tipo de"
                        " empleos, emprendió un proyecto con componente transnacional."
                    ),
                ),
            ],
        ),
        ("heading", T(pl="Ramy projektu", en="The project’s framework", es="Marco del proyecto")),
        (
            "text",
            [
                T(
                    pl=(
                        "Projekt realizowano w ramach Programu Operacyjnego Kapitał Ludzki."
                        " Wartość projektu wyniosła 1 838 000,00 zł. Program Operacyjny Kapitał"
                        " Ludzki 2007–2013 był współfinansowany przez Unię Europejską ze środków"
                        " Europejskiego Funduszu Społecznego."
                    ),
                    en=(
                        "The project was carried out under the Human Capital Operational"
                        " Programme. Its value was PLN 1,838,000.00. The Human Capital"
                        " Operational Programme 2007–2013 was co-financed by the European Union"
                        " from the European Social Fund."
                    ),
                    es=(
                        "El proyecto se ejecutó en el marco del Programa Operativo Capital"
                        " Humano. Su valor ascendió a 1.838.000,00 PLN. El Programa Operativo"
                        " Capital Humano 2007-2013 estaba cofinanciado por la Unión Europea con"
                        " cargo al Fondo Social Europeo."
                    ),
                ),
                MAIN_AIM,
            ],
        ),
        (
            "heading",
            T(
                pl="Partnerstwo publiczno-społeczne",
                en="The public-social partnership",
                es="El partenariado público-social",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Partnerstwo publiczno-społeczne tworzą 34 podmioty z województwa"
                        " podlaskiego: przedstawiciele administracji publicznej, organizacji"
                        " pozarządowych i przedsiębiorców. Działa ono jako grupa podmiotów"
                        " podejmujących wyzwania transformacji i modernizacji regionu dzięki"
                        " wykorzystaniu doświadczeń partnerów ponadnarodowych. Efektem wspólnej"
                        " pracy jest Rekomendacja nt. rozwoju zielonych miejsc pracy na terenie"
                        " województwa podlaskiego."
                    ),
                    en=(
                        "The public-social partnership is made up of 34 organisations from the"
                        " Podlaskie Voivodeship: representatives of public administration,"
                        " non-governmental organisations and businesses. It works as a group of"
                        " organisations taking on the challenges of transforming and modernising"
                        " the region by drawing on the experience of the transnational partners."
                        " Their joint work produced the Recommendation on the development of"
                        " green jobs in the Podlaskie Voivodeship."
                    ),
                    es=(
                        "El partenariado público-social está formado por 34 entidades del"
                        " voivodato de Podlaquia: representantes de la administración pública,"
                        " de organizaciones no gubernamentales y del empresariado. Funciona como"
                        " un grupo de entidades que afrontan los retos de la transformación y la"
                        " modernización de la región aprovechando la experiencia de los socios"
                        " transnacionales. Fruto de su trabajo conjunto es la Recomendación sobre"
                        " el desarrollo de los empleos verdes en el voivodato de Podlaquia."
                    ),
                ),
            ],
        ),
        (
            "heading",
            T(
                pl="Współpraca ponadnarodowa",
                en="Transnational cooperation",
                es="Cooperación transnacional",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Współpraca ponadnarodowa polegała na wymianie doświadczeń i dobrych"
                        " praktyk z krajami partnerskimi działającymi w obszarze ekologicznych"
                        " technologii. Zorganizowano spotkania tematyczne w Polsce oraz wizyty"
                        " studyjne w krajach partnerów ponadnarodowych. Partnerami projektu"
                        " były stowarzyszenie Impact Housing Association z Cumbrii w Wielkiej"
                        " Brytanii oraz Fundación Parque Científico y Tecnológico de Extremadura,"
                        " park naukowo-technologiczny z Extremadury w Hiszpanii."
                    ),
                    en=(
                        "Transnational cooperation consisted of exchanging experience and good"
                        " practice with partner countries active in environmental technologies."
                        " Thematic meetings were held in Poland and study visits took place in"
                        " the transnational partners’ countries. The project’s partners were"
                        " Impact Housing Association from Cumbria in the United Kingdom and the"
                        " Fundación Parque Científico y Tecnológico de Extremadura (Extremadura"
                        " Science and Technology Park Foundation) in Spain."
                    ),
                    es=(
                        "La cooperación transnacional consistió en el intercambio de"
                        " experiencias y buenas prácticas con países socios activos en el ámbito"
                        " de las tecnologías ecológicas. Se organizaron reuniones temáticas en"
                        " Polonia y visitas de estudio a los países de los socios"
                        " transnacionales. Los socios del proyecto fueron la asociación Impact"
                        " Housing Association, de Cumbria (Reino Unido), y la Fundación Parque"
                        " Científico y Tecnológico de Extremadura (España)."
                    ),
                ),
                T(
                    pl=(
                        "Impact Housing Association realizuje szereg projektów dotyczących"
                        " ochrony środowiska, w ramach których przeszkoleni uczestnicy znaleźli"
                        " zatrudnienie w zielonych miejscach pracy. Park naukowo-technologiczny"
                        " w Extremadurze realizuje projekt „Innowacje w celu stworzenia trwałych"
                        " miejsc pracy w zakresie odnawialnych źródeł energii w Estremadurze”,"
                        " którego celem jest pobudzenie zatrudnienia w regionie przez udział"
                        " regionalnych przedsiębiorstw w innowacyjnych projektach z sektora ochrony środowiska i energii"
                        " oraz promocję przedsiębiorczości w tych dziedzinach."
                    ),
                    en=(
                        "Impact Housing Association runs a number of environmental projects"
                        " through which trained participants have found green jobs. The science"
                        " and technology park in Extremadura runs a project on innovation to"
                        " create lasting jobs in renewable energy in Extremadura, which aims to"
                        " boost employment in the region by involving regional businesses in innovative"
                        " environmental and energy projects and by promoting entrepreneurship in"
                        " these fields."
                    ),
                    es=(
                        "Impact Housing Association lleva a cabo varios proyectos de protección"
                        " del medio ambiente gracias a los cuales los participantes formados"
                        " encontraron empleos verdes. El parque científico y tecnológico de"
                        " Extremadura desarrolla un proyecto de innovación para crear empleo"
                        " duradero en el ámbito de las energías renovables en Extremadura, cuyo"
                        " objetivo es impulsar el empleo en la región mediante la participación"
                        " de las empresas regionales en proyectos innovadores del"
                        " sector del medio ambiente y la energía, así como mediante el fomento"
                        " del emprendimiento en estos ámbitos."
                    ),
                ),
            ],
        ),
        (
            "quote",
            {
                "quote": T(
                    pl="Wybór partnerów ponadnarodowych projektu nie był przypadkowy.",
                    en="The choice of the project’s transnational partners was no accident.",
                    es="La elección de los socios transnacionales del proyecto no fue casual.",
                ),
                "attribution": PRESENTATION,
            },
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Ze względu na specyfikę regionów Cumbria i Extremadura, ich rozwój"
                        " ekonomiczny i kierunki rozwoju gospodarki, zwłaszcza doświadczenie w"
                        " rozwoju zielonego rynku pracy, doświadczenia partnerów można przenieść"
                        " na rodzimy grunt."
                    ),
                    en=(
                        "Given the particular character of Cumbria and Extremadura, their"
                        " economic development and the direction their economies are taking,"
                        " especially their experience in developing a green labour market, the"
                        " partners’ experience can be transferred to the home region."
                    ),
                    es=(
                        "Dadas las características de Cumbria y Extremadura, su desarrollo"
                        " económico y la orientación de sus economías, y sobre todo su"
                        " experiencia en el desarrollo de un mercado laboral verde, la"
                        " experiencia de los socios puede trasladarse a la realidad de la"
                        " región."
                    ),
                ),
            ],
        ),
        (
            "heading",
            T(
                pl="Inne zadania projektu",
                en="The project’s other tasks",
                es="Otras tareas del proyecto",
            ),
        ),
        (
            "list",
            [
                T(
                    pl=(
                        "Stworzenie sieci doradców ds. zielonych miejsc pracy: 30 pracowników"
                        " instytucji rynku pracy przeszkolono w pięciu blokach tematycznych."
                    ),
                    en=(
                        "Building a network of green jobs advisors: 30 staff members of labour"
                        " market institutions were trained in five thematic blocks."
                    ),
                    es=(
                        "Creación de una red de asesores de empleos verdes: 30 trabajadores de"
                        " instituciones del mercado laboral recibieron formación en cinco"
                        " bloques temáticos."
                    ),
                ),
                T(
                    pl=(
                        "Szkolenia specjalistyczne w zakresie zielonych miejsc pracy: przeszkolono"
                        " 148 osób w pięciu zawodach."
                    ),
                    en=(
                        "Specialist training in green jobs: 148 people were trained in five"
                        " occupations."
                    ),
                    es=(
                        "Formación especializada en empleos verdes: 148 personas se formaron en"
                        " cinco ocupaciones."
                    ),
                ),
                T(
                    pl=(
                        "Staże zawodowe: około 30% uczestników projektu skierowano na staże"
                        " trwające od 3 do 6 miesięcy, finansowane ze środków projektu."
                    ),
                    en=(
                        "Work internships: about 30% of project participants were placed on"
                        " internships lasting 3 to 6 months, paid for by the project."
                    ),
                    es=(
                        "Prácticas profesionales: alrededor del 30 % de los participantes del"
                        " proyecto realizaron prácticas de 3 a 6 meses, financiadas por el"
                        " proyecto."
                    ),
                ),
                T(
                    pl=(
                        "Promocja zielonych miejsc pracy: audycje radiowe, informacje w prasie"
                        " regionalnej, materiały informacyjno-promocyjne i program telewizyjny"
                        " „Zielone miejsca pracy” liczący 15 odcinków."
                    ),
                    en=(
                        "Promoting green jobs: radio broadcasts, articles in the regional press,"
                        " information and promotional materials, and the 15-episode TV programme"
                        " “Zielone miejsca pracy” (Green Jobs)."
                    ),
                    es=(
                        "Promoción de los empleos verdes: programas de radio, información en la"
                        " prensa regional, materiales informativos y promocionales y el programa"
                        " de televisión «Zielone miejsca pracy» (Empleos verdes), de 15"
                        " episodios."
                    ),
                ),
            ],
        ),
    ],
}

# Accessibility statement ---------------------------------------------------------------
# An AccessibilityStatementPage (home.models): the facts the office gives; its template
# adds the headings and the sentences the technical conditions prescribe. What the source
# does not give (the dates, the compliance status, an e-mail address, the buildings, sign
# language) stays empty, and the page says that it has not been given.

ACCESSIBILITY = {
    "slug": T(
        pl="deklaracja-dostepnosci", en="accessibility-statement", es="declaracion-de-accesibilidad"
    ),
    "title": T(
        pl="Deklaracja dostępności", en="Accessibility statement", es="Declaración de accesibilidad"
    ),
    "entity_name": T(
        pl="Wojewódzki Urząd Pracy w Białymstoku",
        en="Wojewódzki Urząd Pracy w Białymstoku (Regional Labour Office in Białystok)",
        es="Wojewódzki Urząd Pracy w Białymstoku (Oficina Regional de Empleo de Białystok)",
    ),
    # Read after "the website" in the statement's sentence about what it applies to.
    "website_name": T(
        pl="projektu PWP „Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy”",
        en=(
            "of the PWP project “Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy”"
            " (Partnership for the Development and Promotion of Green Jobs)"
        ),
        es=(
            "del proyecto PWP «Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy»"
            " (Partenariado para el desarrollo y la promoción de los empleos verdes)"
        ),
    ),
    "status_note": [
        T(
            pl=(
                "Naszym celem jest zgodność strony z wytycznymi dla dostępności treści"
                " internetowych WCAG 2.1 na poziomie AA. Jeśli mimo naszych starań"
                " napotkają Państwo element, który nie jest dostępny, prosimy o"
                " informację – postaramy się go poprawić lub udostępnić jego treść w"
                " inny sposób."
            ),
            en=(
                "Our aim is for the website to conform to the Web Content Accessibility"
                " Guidelines (WCAG) 2.1 at level AA. If, despite our efforts, you come"
                " across something that is not accessible, please let us know and we"
                " will try to fix it or provide its content in another way."
            ),
            es=(
                "Nuestro objetivo es que el sitio web cumpla las Pautas de Accesibilidad"
                " para el Contenido Web (WCAG) 2.1 en el nivel AA. Si, a pesar de"
                " nuestros esfuerzos, encuentra algún elemento que no sea accesible,"
                " le rogamos que nos lo comunique: intentaremos corregirlo o facilitar"
                " su contenido de otra forma."
            ),
        ),
    ],
    "assessment_method": "self-assessment",
    "additional_information": [
        T(
            pl="Strona internetowa jest dostępna w językach polskim, angielskim i hiszpańskim.",
            en="The website is available in Polish, English and Spanish.",
            es="El sitio web está disponible en polaco, inglés y español.",
        ),
    ],
    "contact_person": T(
        pl="Elżbieta Gorczkowska, koordynator projektu",
        en="Elżbieta Gorczkowska, project coordinator",
        es="Elżbieta Gorczkowska, coordinadora del proyecto",
    ),
    "contact_phone": "+48 85 74 97 254",
    "contact_note": [
        T(
            pl=(
                "Tą samą drogą można składać wnioski o udostępnienie informacji niedostępnej"
                " oraz skargi na brak zapewnienia dostępności."
            ),
            en=(
                "You can use the same contact details to request information that is not"
                " accessible and to complain about a lack of accessibility."
            ),
            es=(
                "Por la misma vía puede solicitar información que no sea accesible y presentar"
                " quejas por la falta de accesibilidad."
            ),
        ),
    ],
    "procedure": [
        T(
            pl=(
                "Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej"
                " strony internetowej lub jej elementu. Można także zażądać udostępnienia"
                " informacji za pomocą alternatywnego sposobu dostępu, na przykład przez"
                " odczytanie niedostępnego cyfrowo dokumentu lub opisanie zawartości"
                " filmu bez audiodeskrypcji."
            ),
            en=(
                "Everyone has the right to request that a website or any part of it be"
                " made digitally accessible. You may also ask for information to be"
                " provided by an alternative means of access, for example by having an"
                " inaccessible document read out or the content of a video without audio"
                " description described."
            ),
            es=(
                "Toda persona tiene derecho a solicitar que un sitio web o cualquiera de"
                " sus elementos sea accesible digitalmente. También puede pedir que la"
                " información se le facilite mediante un medio de acceso alternativo,"
                " por ejemplo leyéndole un documento que no sea accesible o describiendo"
                " el contenido de un vídeo sin audiodescripción."
            ),
        ),
        T(
            pl=(
                "Żądanie powinno zawierać dane osoby zgłaszającej, wskazanie strony"
                " internetowej lub elementu, o który chodzi, oraz sposób kontaktu. Jeżeli"
                " osoba zgłaszająca potrzebuje informacji w alternatywnej formie, powinna"
                " określić dogodny dla niej sposób jej przedstawienia."
            ),
            en=(
                "The request should include the name of the person making it, an"
                " indication of the website or part of it concerned, and contact"
                " details. If you need the information in an alternative form, please"
                " say which format suits you."
            ),
            es=(
                "La solicitud debe incluir los datos de la persona que la presenta, la"
                " indicación del sitio web o del elemento de que se trate y una forma de"
                " contacto. Si necesita la información en un formato alternativo, indique"
                " cuál le resulta más adecuado."
            ),
        ),
        T(
            pl=(
                "Podmiot publiczny realizuje żądanie niezwłocznie, nie później niż w"
                " ciągu 7 dni od dnia jego wystąpienia. Jeżeli dotrzymanie tego terminu"
                " nie jest możliwe, niezwłocznie informuje, kiedy realizacja żądania"
                " będzie możliwa, przy czym termin ten nie może być dłuższy niż 2"
                " miesiące. Jeżeli zapewnienie dostępności cyfrowej nie jest możliwe,"
                " podmiot publiczny może zaproponować alternatywny sposób dostępu do"
                " informacji."
            ),
            en=(
                "The public body must deal with the request without delay and no later"
                " than 7 days after it was made. If it cannot meet that deadline, it must"
                " say without delay when the request can be met, which may not be later"
                " than 2 months after the request was made. If digital accessibility"
                " cannot be provided, the public body may offer an alternative means of"
                " access to the information."
            ),
            es=(
                "El organismo público debe atender la solicitud sin demora y, a más"
                " tardar, en un plazo de 7 días desde su presentación. Si no puede"
                " cumplir ese plazo, debe informar sin demora de cuándo podrá atenderla,"
                " y ese plazo no puede superar los 2 meses desde la presentación de la"
                " solicitud. Si no es posible garantizar la accesibilidad digital, el"
                " organismo público puede proponer un medio alternativo de acceso a la"
                " información."
            ),
        ),
        T(
            pl=(
                "Jeżeli podmiot publiczny odmówi realizacji żądania zapewnienia"
                " dostępności lub alternatywnego sposobu dostępu do informacji, można"
                " złożyć skargę w sprawie zapewnienia dostępności cyfrowej. Po"
                " wyczerpaniu tej procedury można także złożyć wniosek do Rzecznika Praw"
                " Obywatelskich."
            ),
            en=(
                "If the public body refuses to provide accessibility or an alternative"
                " means of access to the information, you may lodge a complaint about"
                " digital accessibility. Once that procedure has been exhausted, you may"
                " also apply to the Rzecznik Praw Obywatelskich (Commissioner for Human"
                " Rights)."
            ),
            es=(
                "Si el organismo público se niega a garantizar la accesibilidad o un"
                " medio alternativo de acceso a la información, puede presentarse una"
                " reclamación en materia de accesibilidad digital. Una vez agotado este"
                " procedimiento, también puede presentarse una solicitud ante el"
                " Rzecznik Praw Obywatelskich (Defensor del Pueblo de Polonia)."
            ),
        ),
    ],
}

# Privacy notice ------------------------------------------------------------------------

# The controller named in the source; its address and officer are left for the office to give.
PRIVACY_CONTROLLER = "Wojewódzki Urząd Pracy w Białymstoku"

PRIVACY = {
    "slug": T(pl="ochrona-danych-osobowych", en="privacy-notice", es="proteccion-de-datos"),
    "title": T(
        pl="Ochrona danych osobowych", en="Privacy notice", es="Protección de datos personales"
    ),
    "intro": T(
        pl=(
            "Zgodnie z art. 13 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679"
            " (RODO) informujemy, w jaki sposób przetwarzamy dane osobowe w związku z"
            " korzystaniem z tej strony internetowej."
        ),
        en=(
            "In accordance with Article 13 of Regulation (EU) 2016/679 of the European"
            " Parliament and of the Council (the General Data Protection Regulation, GDPR), this"
            " notice explains how we process personal data when you use this website."
        ),
        es=(
            "De conformidad con el artículo 13 del Reglamento (UE) 2016/679 del Parlamento"
            " Europeo y del Consejo (Reglamento General de Protección de Datos, RGPD), le"
            " informamos de cómo tratamos los datos personales en relación con el uso de este"
            " sitio web."
        ),
    ),
    "body": [
        (
            "heading",
            T(
                pl="Cele i podstawy prawne przetwarzania",
                en="Purposes and legal bases",
                es="Fines y bases jurídicas del tratamiento",
            ),
        ),
        (
            "list",
            [
                T(
                    pl=(
                        "Obsługa wiadomości kierowanych do nas w sprawach projektu – w celu"
                        " udzielenia odpowiedzi, na podstawie art. 6 ust. 1 lit. e RODO"
                        " (wykonywanie zadania realizowanego w interesie publicznym)."
                    ),
                    en=(
                        "Handling messages sent to us about the project, in order to reply to"
                        " them, under Article 6(1)(e) GDPR (performance of a task carried out in"
                        " the public interest)."
                    ),
                    es=(
                        "Gestión de los mensajes que nos envíen sobre el proyecto,"
                        " para responderlos, con arreglo al artículo 6, apartado 1, letra e), del"
                        " RGPD (cumplimiento de una misión realizada en interés público)."
                    ),
                ),
                T(
                    pl=(
                        "Prowadzenie kont doradców na platformie e-learningowej, w tym utrzymanie"
                        " sesji po zalogowaniu, na podstawie"
                        " art. 6 ust. 1 lit. e RODO."
                    ),
                    en=(
                        "Running advisors’ accounts on the e-learning platform, including keeping"
                        " them signed in, under"
                        " Article 6(1)(e) GDPR."
                    ),
                    es=(
                        "Gestión de las cuentas de los asesores en la plataforma de formación en"
                        " línea, incluido el mantenimiento de la sesión iniciada, con arreglo al artículo 6, apartado 1, letra"
                        " e), del RGPD."
                    ),
                ),
                T(
                    pl=(
                        "Zapamiętanie oddanego głosu w ankiecie za pomocą pliku cookie, aby"
                        " zapobiec wielokrotnemu głosowaniu, na podstawie art. 6 ust. 1 lit. e"
                        " RODO."
                    ),
                    en=(
                        "Remembering your vote in a poll by means of a cookie, to prevent repeat"
                        " voting, under Article 6(1)(e) GDPR."
                    ),
                    es=(
                        "Registro del voto emitido en una encuesta mediante una cookie, para"
                        " evitar votaciones repetidas, con arreglo al artículo 6, apartado 1,"
                        " letra e), del RGPD."
                    ),
                ),
            ],
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Podanie danych"
                        " jest dobrowolne, ale bez nich nie możemy odpowiedzieć na wiadomość ani"
                        " założyć konta."
                    ),
                    en=(
                        "Providing your"
                        " data is voluntary, but without it we cannot reply to your message or"
                        " create an account for you."
                    ),
                    es=(
                        "La"
                        " comunicación de los datos es voluntaria, pero sin ellos no podemos"
                        " responder a su mensaje ni crear una cuenta."
                    ),
                ),
            ],
        ),
        (
            "heading",
            T(
                pl="Odbiorcy danych",
                en="Recipients",
                es="Destinatarios",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Dane mogą być udostępniane wyłącznie podmiotom uprawnionym na podstawie"
                        " przepisów prawa oraz podmiotom, które na podstawie umowy z"
                        " administratorem świadczą na jego rzecz usługi informatyczne."
                    ),
                    en=(
                        "Data may be disclosed only to bodies entitled to receive it by law and"
                        " to providers of IT services working for the controller under a"
                        " contract with it."
                    ),
                    es=(
                        "Los datos solo podrán comunicarse a las entidades facultadas por ley y a"
                        " las empresas que prestan servicios informáticos al responsable en"
                        " virtud de un contrato celebrado con él."
                    ),
                ),
            ],
        ),
        (
            "heading",
            T(
                pl="Prawa osób, których dane dotyczą",
                en="Your rights",
                es="Derechos de las personas interesadas",
            ),
        ),
        (
            "list",
            [
                T(
                    pl="Prawo dostępu do swoich danych oraz otrzymania ich kopii.",
                    en="The right of access to your data and to receive a copy of it.",
                    es="Derecho de acceso a sus datos y a obtener una copia de ellos.",
                ),
                T(
                    pl="Prawo do sprostowania danych.",
                    en="The right to rectification.",
                    es="Derecho de rectificación.",
                ),
                T(
                    pl="Prawo do usunięcia danych w przypadkach przewidzianych w RODO.",
                    en="The right to erasure in the cases provided for in the GDPR.",
                    es="Derecho de supresión en los casos previstos en el RGPD.",
                ),
                T(
                    pl="Prawo do ograniczenia przetwarzania.",
                    en="The right to restriction of processing.",
                    es="Derecho a la limitación del tratamiento.",
                ),
                T(
                    pl=(
                        "Prawo do wniesienia sprzeciwu wobec przetwarzania z przyczyn"
                        " związanych z Państwa szczególną sytuacją."
                    ),
                    en="The right to object to processing on grounds relating to your particular situation.",
                    es="Derecho de oposición al tratamiento por motivos relacionados con su situación particular.",
                ),
            ],
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Dane nie są wykorzystywane do zautomatyzowanego podejmowania decyzji,"
                        " w tym do profilowania."
                    ),
                    en="Your data is not used for automated decision-making, including profiling.",
                    es="Los datos no se utilizan para decisiones automatizadas, incluida la elaboración de perfiles.",
                ),
                T(
                    pl=(
                        "Jeżeli uznają Państwo, że przetwarzanie danych osobowych narusza"
                        " przepisy RODO, mają Państwo prawo wnieść skargę do Prezesa Urzędu"
                        " Ochrony Danych Osobowych."
                    ),
                    en=(
                        "If you consider that the processing of your personal data infringes"
                        " the GDPR, you have the right to lodge a complaint with the Prezes"
                        " Urzędu Ochrony Danych Osobowych (President of the Personal Data"
                        " Protection Office)."
                    ),
                    es=(
                        "Si considera que el tratamiento de sus datos personales infringe el"
                        " RGPD, tiene derecho a presentar una reclamación ante el Prezes Urzędu"
                        " Ochrony Danych Osobowych (Presidente de la Oficina de Protección de"
                        " Datos Personales)."
                    ),
                ),
            ],
        ),
    ],
}

# News ----------------------------------------------------------------------------------

NEWS_INDEX = {
    "slug": T(pl="aktualnosci", en="news", es="noticias"),
    "title": T(pl="Aktualności", en="News", es="Noticias"),
    "intro": T(
        pl=(
            "Wiadomości o działaniach projektu: sieci doradców ds. zielonych miejsc pracy,"
            " szkoleniach i stażach, partnerstwie publiczno-społecznym, współpracy"
            " ponadnarodowej i promocji zielonych miejsc pracy."
        ),
        en=(
            "News about the project’s activities: the network of green jobs advisors, training"
            " and internships, the public-social partnership, transnational cooperation and the"
            " promotion of green jobs."
        ),
        es=(
            "Noticias sobre las actividades del proyecto: la red de asesores de empleos verdes,"
            " la formación y las prácticas, el partenariado público-social, la cooperación"
            " transnacional y la promoción de los empleos verdes."
        ),
    ),
}

# A topic's slug is the same in every language (core/vocabulary.py): filter links travel.
TOPICS = {
    "advisors": {
        "name": T(
            pl="Doradcy ds. zielonych miejsc pracy",
            en="Green jobs advisors",
            es="Asesores de empleos verdes",
        ),
        "slug": "doradcy",
    },
    "trainings": {
        "name": T(
            pl="Szkolenia i staże", en="Training and internships", es="Formación y prácticas"
        ),
        "slug": "szkolenia-i-staze",
    },
    "partnership": {
        "name": T(
            pl="Partnerstwo publiczno-społeczne",
            en="Public-social partnership",
            es="Partenariado público-social",
        ),
        "slug": "partnerstwo",
    },
    "transnational": {
        "name": T(
            pl="Współpraca ponadnarodowa",
            en="Transnational cooperation",
            es="Cooperación transnacional",
        ),
        "slug": "wspolpraca-ponadnarodowa",
    },
    "promotion": {
        "name": T(pl="Promocja", en="Promotion", es="Promoción"),
        "slug": "promocja",
    },
}

NEWS = [
    {
        "key": "transnational-meetings",
        "slug": T(
            pl="spotkania-i-wizyty-studyjne-z-partnerami-ponadnarodowymi",
            en="meetings-and-study-visits-with-transnational-partners",
            es="reuniones-y-visitas-de-estudio-con-los-socios-transnacionales",
        ),
        "title": T(
            pl="Spotkania tematyczne i wizyty studyjne z partnerami z Cumbrii i Extremadury",
            en="Thematic meetings and study visits with partners from Cumbria and Extremadura",
            es="Reuniones temáticas y visitas de estudio con los socios de Cumbria y Extremadura",
        ),
        "lead": T(
            pl=(
                "W ramach współpracy ponadnarodowej projektu odbyły się spotkania tematyczne w"
                " Polsce oraz wizyty studyjne w krajach partnerów: w Wielkiej Brytanii i w"
                " Hiszpanii."
            ),
            en=(
                "As part of the project’s transnational cooperation, thematic meetings were held"
                " in Poland and study visits took place in the partners’ countries, the United"
                " Kingdom and Spain."
            ),
            es=(
                "En el marco de la cooperación transnacional del proyecto se celebraron reuniones"
                " temáticas en Polonia y visitas de estudio a los países de los socios: el Reino"
                " Unido y España."
            ),
        ),
        "body": [
            (
                "text",
                [
                    T(
                        pl=(
                            "Współpraca ponadnarodowa polegała na wymianie doświadczeń i dobrych"
                            " praktyk z krajami partnerskimi działającymi w obszarze"
                            " ekologicznych technologii. W spotkaniach i wizytach udział wzięły"
                            " osoby zaangażowane w realizację projektu, partnerzy ponadnarodowi"
                            " oraz członkowie partnerstwa publiczno-społecznego z trzech"
                            " subregionów województwa podlaskiego."
                        ),
                        en=(
                            "Transnational cooperation consisted of exchanging experience and"
                            " good practice with partner countries active in environmental"
                            " technologies. The meetings and visits brought together people"
                            " involved in running the project, the transnational partners and"
                            " members of the public-social partnership from three subregions of"
                            " the Podlaskie Voivodeship."
                        ),
                        es=(
                            "La cooperación transnacional consistió en el intercambio de"
                            " experiencias y buenas prácticas con países socios activos en el"
                            " ámbito de las tecnologías ecológicas. En las reuniones y visitas"
                            " participaron personas implicadas en la ejecución del proyecto, los"
                            " socios transnacionales y miembros del partenariado público-social"
                            " de tres subregiones del voivodato de Podlaquia."
                        ),
                    ),
                ],
            ),
            (
                "heading",
                T(
                    pl="Partnerzy projektu",
                    en="The project’s partners",
                    es="Los socios del proyecto",
                ),
            ),
            (
                "text",
                [
                    T(
                        pl=(
                            "Stowarzyszenie Impact Housing Association z Cumbrii w Wielkiej"
                            " Brytanii realizuje szereg projektów dotyczących ochrony środowiska,"
                            " w ramach których przeszkoleni uczestnicy znaleźli zatrudnienie w"
                            " zielonych miejscach pracy. Wdraża program modernizacji mieszkań"
                            " socjalnych pod kątem ograniczenia emisji dwutlenku węgla, finansowany"
                            " z Europejskiego Funduszu Rozwoju Regionalnego (izolacje wewnętrzne i"
                            " zewnętrzne oraz montaż systemów wykorzystujących odnawialne źródła"
                            " energii), a także projekt Green Ways to Work w ramach Europejskiego"
                            " Funduszu Społecznego."
                        ),
                        en=(
                            "Impact Housing Association from Cumbria in the United Kingdom runs a"
                            " number of environmental projects through which trained participants"
                            " have found green jobs. It is implementing a programme, funded by the"
                            " European Regional Development Fund, to upgrade social housing to"
                            " reduce carbon dioxide emissions (internal and external insulation"
                            " and the installation of renewable energy systems), as well as the"
                            " Green Ways to Work project under the European Social Fund."
                        ),
                        es=(
                            "La asociación Impact Housing Association, de Cumbria (Reino Unido),"
                            " lleva a cabo varios proyectos de protección del medio ambiente"
                            " gracias a los cuales los participantes formados encontraron empleos"
                            " verdes. Está aplicando un programa de rehabilitación de viviendas"
                            " sociales para reducir las emisiones de dióxido de carbono,"
                            " financiado por el Fondo Europeo de Desarrollo Regional (aislamiento"
                            " interior y exterior e instalación de sistemas de energías"
                            " renovables), así como el proyecto Green Ways to Work en el marco del"
                            " Fondo Social Europeo."
                        ),
                    ),
                    T(
                        pl=(
                            "Fundación Parque Científico y Tecnológico de Extremadura w Hiszpanii"
                            " realizuje projekt na rzecz innowacji tworzących trwałe miejsca"
                            " pracy w sektorze odnawialnych źródeł energii. Jego celem jest"
                            " pobudzenie zatrudnienia w regionie przez udział regionalnych"
                            " przedsiębiorstw w innowacyjnych projektach z sektora ochrony"
                            " środowiska i energii oraz promocję przedsiębiorczości w tych"
                            " dziedzinach."
                        ),
                        en=(
                            "The Fundación Parque Científico y Tecnológico de Extremadura"
                            " (Extremadura Science and Technology Park Foundation) in Spain runs a"
                            " project on innovation to create lasting jobs in renewable energy."
                            " It aims to boost employment in the region by involving regional"
                            " businesses in innovative environmental and energy projects and by"
                            " promoting entrepreneurship in these fields."
                        ),
                        es=(
                            "La Fundación Parque Científico y Tecnológico de Extremadura (España)"
                            " desarrolla un proyecto de innovación para crear empleo duradero en"
                            " el sector de las energías renovables. Su objetivo es impulsar el"
                            " empleo en la región mediante la participación de las empresas"
                            " regionales en proyectos innovadores del sector del medio ambiente y"
                            " la energía, así como mediante el fomento del emprendimiento en estos"
                            " ámbitos."
                        ),
                    ),
                ],
            ),
            (
                "quote",
                {
                    "quote": T(
                        pl="Wybór partnerów ponadnarodowych projektu nie był przypadkowy.",
                        en="The choice of the project’s transnational partners was no accident.",
                        es="La elección de los socios transnacionales del proyecto no fue casual.",
                    ),
                    "attribution": PRESENTATION,
                },
            ),
            (
                "text",
                [
                    T(
                        pl=(
                            "Rozwój ekonomiczny Cumbrii i Extremadury oraz ich doświadczenie w"
                            " rozwoju zielonego rynku pracy sprawiają, że z doświadczeń partnerów"
                            " można korzystać na rodzimym gruncie."
                        ),
                        en=(
                            "The economic development of Cumbria and Extremadura and their"
                            " experience in developing a green labour market mean that the"
                            " partners’ experience can be put to use at home."
                        ),
                        es=(
                            "El desarrollo económico de Cumbria y Extremadura y su experiencia en"
                            " el desarrollo de un mercado laboral verde permiten aprovechar la"
                            " experiencia de los socios en nuestra región."
                        ),
                    ),
                ],
            ),
        ],
        "topics": ["transnational", "partnership"],
    },
    {
        "key": "recommendation",
        "slug": T(
            pl="rekomendacja-nt-rozwoju-zielonych-miejsc-pracy",
            en="recommendation-on-developing-green-jobs",
            es="recomendacion-sobre-el-desarrollo-de-los-empleos-verdes",
        ),
        "title": T(
            pl="Rekomendacja nt. rozwoju zielonych miejsc pracy w województwie podlaskim",
            en="Recommendation on the development of green jobs in the Podlaskie Voivodeship",
            es="Recomendación sobre el desarrollo de los empleos verdes en el voivodato de Podlaquia",
        ),
        "lead": T(
            pl=(
                "Partnerstwo publiczno-społeczne, w którym współpracują 34 podmioty z województwa"
                " podlaskiego, przygotowało Rekomendację nt. rozwoju zielonych miejsc pracy na"
                " terenie województwa podlaskiego."
            ),
            en=(
                "The public-social partnership, in which 34 organisations from the Podlaskie"
                " Voivodeship work together, has prepared the Recommendation on the development"
                " of green jobs in the Podlaskie Voivodeship."
            ),
            es=(
                "El partenariado público-social, en el que colaboran 34 entidades del voivodato"
                " de Podlaquia, ha elaborado la Recomendación sobre el desarrollo de los empleos"
                " verdes en el voivodato de Podlaquia."
            ),
        ),
        "body": [
            (
                "heading",
                T(
                    pl="Kto tworzy partnerstwo?",
                    en="Who makes up the partnership?",
                    es="¿Quién forma el partenariado?",
                ),
            ),
            (
                "text",
                [
                    T(
                        pl=(
                            "Partnerstwo publiczno-społeczne tworzą 34 podmioty działające na"
                            " terenie województwa podlaskiego: przedstawiciele administracji"
                            " publicznej, organizacji pozarządowych i przedsiębiorców. Powstało,"
                            " aby instytucje z całego województwa mogły współpracować i wymieniać"
                            " się doświadczeniami na rzecz rozwoju zasobów ludzkich w obrębie"
                            " zielonych miejsc pracy oraz wypracować wspólne rozwiązania."
                        ),
                        en=(
                            "The public-social partnership is made up of 34 organisations"
                            " operating in the Podlaskie Voivodeship: representatives of public"
                            " administration, non-governmental organisations and businesses. It"
                            " was set up so that institutions from across the region could work"
                            " together and share experience to develop human resources in green"
                            " jobs, and to work out joint solutions."
                        ),
                        es=(
                            "El partenariado público-social está formado por 34 entidades que"
                            " actúan en el voivodato de Podlaquia: representantes de la"
                            " administración pública, de organizaciones no gubernamentales y del"
                            " empresariado. Se creó para que instituciones de toda la región"
                            " pudieran cooperar e intercambiar experiencias en favor del"
                            " desarrollo de los recursos humanos en el ámbito de los empleos"
                            " verdes, y para elaborar soluciones comunes."
                        ),
                    ),
                    T(
                        pl=(
                            "Działania partnerstwa miały podnieść poziom świadomości i aktywności"
                            " zawodowej w obszarze zielonych miejsc pracy, a tym samym poprawiać"
                            " jakość życia mieszkańców, zwiększać konkurencyjność gospodarki i"
                            " umacniać ekologiczną tożsamość województwa."
                        ),
                        en=(
                            "The partnership’s activities were intended to raise awareness and"
                            " professional activity in green jobs and so to improve residents’"
                            " quality of life, make the economy more competitive and strengthen"
                            " the region’s ecological identity."
                        ),
                        es=(
                            "Las actividades del partenariado debían aumentar la sensibilización"
                            " y la actividad profesional en el ámbito de los empleos verdes y, con"
                            " ello, mejorar la calidad de vida de los habitantes, aumentar la"
                            " competitividad de la economía y reforzar la identidad ecológica de"
                            " la región."
                        ),
                    ),
                ],
            ),
            (
                "heading",
                T(
                    pl="Czemu służy Rekomendacja?",
                    en="What is the Recommendation for?",
                    es="¿Para qué sirve la Recomendación?",
                ),
            ),
            (
                "text",
                [
                    T(
                        pl=(
                            "Celem Rekomendacji jest określenie kierunku i zakresu działania w"
                            " obszarze zielonych miejsc pracy. Znalazły się w niej opinie i"
                            " stanowiska przedstawicieli różnych grup rynku pracy, które mają"
                            " przynieść wymierne korzyści całemu województwu. Dokument czerpie z"
                            " doświadczeń partnerów ponadnarodowych z Wielkiej Brytanii i"
                            " Hiszpanii. Powstał w ramach projektu realizowanego przez Wojewódzki Urząd"
                            " Pracy w Białymstoku. Rekomendacja ma być wsparciem dla:"
                        ),
                        en=(
                            "The Recommendation sets out the direction and scope of action on"
                            " green jobs. It brings together the opinions and positions of"
                            " representatives of various labour market groups, which are meant"
                            " to bring measurable benefits to the whole region. The document"
                            " draws on the experience of the transnational partners from the"
                            " United Kingdom and Spain. It was produced as part of the project run by"
                            " the Wojewódzki Urząd Pracy w Białymstoku (Regional Labour Office in"
                            " Białystok). The Recommendation is intended to support:"
                        ),
                        es=(
                            "La Recomendación define la orientación y el alcance de la actuación"
                            " en el ámbito de los empleos verdes. Recoge las opiniones y"
                            " posiciones de representantes de distintos grupos del mercado"
                            " laboral, que deben aportar beneficios tangibles a toda la región. El"
                            " documento se basa en la experiencia de los socios transnacionales"
                            " del Reino Unido y España. Se elaboró en el marco del proyecto ejecutado"
                            " por la Wojewódzki Urząd Pracy w Białymstoku (Oficina Regional de"
                            " Empleo de Białystok). La Recomendación pretende servir de apoyo a:"
                        ),
                    ),
                ],
            ),
            (
                "list",
                [
                    T(
                        pl="doradców ds. zielonych miejsc pracy,",
                        en="green jobs advisors,",
                        es="los asesores de empleos verdes,",
                    ),
                    T(
                        pl="pracowników publicznych służb zatrudnienia,",
                        en="public employment services staff,",
                        es="el personal de los servicios públicos de empleo,",
                    ),
                    T(
                        pl="szkół zawodowych,",
                        en="vocational schools,",
                        es="las escuelas de formación profesional,",
                    ),
                    T(
                        pl="instytucji edukacyjnych,",
                        en="educational institutions,",
                        es="las instituciones educativas,",
                    ),
                    T(pl="pracodawców.", en="employers.", es="los empleadores."),
                ],
            ),
            (
                "quote",
                {
                    "quote": T(
                        pl="Rekomendacja… to dopiero początek!",
                        en="The Recommendation… is only the beginning!",
                        es="La Recomendación… ¡es solo el principio!",
                    ),
                    "attribution": PRESENTATION,
                },
            ),
        ],
        "topics": ["partnership", "transnational"],
    },
    {
        "key": "advisors-network",
        "slug": T(
            pl="siec-doradcow-ds-zielonych-miejsc-pracy",
            en="network-of-green-jobs-advisors",
            es="red-de-asesores-en-empleos-verdes",
        ),
        "title": T(
            pl="Sieć 30 doradców ds. zielonych miejsc pracy i 600 godzin konsultacji",
            en="A network of 30 green jobs advisors and 600 hours of consultations",
            es="Una red de 30 asesores de empleos verdes y 600 horas de consultas",
        ),
        "lead": T(
            pl=(
                "Trzydziestu pracowników instytucji rynku pracy przeszkolono na doradców ds."
                " zielonych miejsc pracy. Doradcy zorganizowali spotkania informacyjne w gminach"
                " i powiatach oraz udzielili łącznie 600 godzin konsultacji."
            ),
            en=(
                "Thirty staff members of labour market institutions were trained as green jobs"
                " advisors. The advisors organised information meetings in municipalities and"
                " counties and gave a total of 600 hours of consultations."
            ),
            es=(
                "Treinta trabajadores de instituciones del mercado laboral se formaron como"
                " asesores de empleos verdes. Los asesores organizaron reuniones informativas en"
                " municipios y distritos y ofrecieron en total 600 horas de consultas."
            ),
        ),
        "body": [
            (
                "text",
                [
                    T(
                        pl=(
                            "Stworzenie sieci doradców ds. zielonych miejsc pracy było jednym z"
                            " zadań projektu. Spośród pracowników instytucji rynku pracy"
                            " wyłoniono 30 kandydatów na doradców, którzy zostali przeszkoleni w"
                            " pięciu blokach tematycznych. Cztery z nich dotyczyły obszarów"
                            " ochrony środowiska, w których powstają zielone miejsca pracy, a"
                            " piąty był szkoleniem administracyjnym:"
                        ),
                        en=(
                            "Building a network of green jobs advisors was one of the project’s"
                            " tasks. Thirty candidates were selected from among the staff of"
                            " labour market institutions and trained in five thematic blocks. Four"
                            " of them covered areas of environmental protection in which green"
                            " jobs are created, and the fifth was administrative training:"
                        ),
                        es=(
                            "La creación de una red de asesores de empleos verdes fue una de las"
                            " tareas del proyecto. Entre el personal de las instituciones del"
                            " mercado laboral se seleccionó a 30 candidatos, que recibieron"
                            " formación en cinco bloques temáticos. Cuatro de ellos abordaban ámbitos"
                            " de la protección del medio ambiente en los que se crean empleos"
                            " verdes, y el quinto era una formación administrativa:"
                        ),
                    ),
                ],
            ),
            (
                "list",
                [
                    T(
                        pl="gospodarowanie odpadami,",
                        en="waste management,",
                        es="gestión de residuos,",
                    ),
                    T(
                        pl="odnawialne źródła energii,",
                        en="renewable energy sources,",
                        es="fuentes de energía renovables,",
                    ),
                    T(pl="powietrze i klimat,", en="air and climate,", es="aire y clima,"),
                    T(
                        pl="woda i ścieki,",
                        en="water and wastewater,",
                        es="agua y aguas residuales,",
                    ),
                    T(
                        pl="szkolenie administracyjne.",
                        en="administrative training.",
                        es="formación administrativa.",
                    ),
                ],
            ),
            (
                "heading",
                T(
                    pl="Spotkania informacyjne i konsultacje",
                    en="Information meetings and consultations",
                    es="Reuniones informativas y consultas",
                ),
            ),
            (
                "text",
                [
                    T(
                        pl=(
                            "Aby zaprezentować swoje kompetencje i usługi z zakresu zielonego"
                            " rynku pracy, przeszkoleni doradcy zorganizowali spotkania"
                            " informacyjne w gminach i powiatach – każdy doradca na swoim"
                            " terenie. Udzielili też łącznie 600 godzin konsultacji dotyczących"
                            " zielonych miejsc pracy."
                        ),
                        en=(
                            "To present their skills and services relating to the green labour"
                            " market, the trained advisors organised information meetings in"
                            " municipalities and counties, each advisor in their own area. They"
                            " also gave a total of 600 hours of consultations on green jobs."
                        ),
                        es=(
                            "Para dar a conocer sus competencias y servicios en el ámbito del"
                            " mercado laboral verde, los asesores formados organizaron reuniones"
                            " informativas en municipios y distritos, cada uno en su propio"
                            " territorio. Además, ofrecieron en total 600 horas de consultas"
                            " sobre empleos verdes."
                        ),
                    ),
                    T(
                        pl=(
                            "W Polsce gmina jest podstawową jednostką samorządu terytorialnego, a"
                            " powiat – jednostką szczebla pośredniego między gminą a"
                            " województwem."
                        ),
                        en=(
                            "In Poland, the gmina (municipality) is the basic unit of local"
                            " government and the powiat (county) is the intermediate tier between"
                            " the municipality and the voivodeship."
                        ),
                        es=(
                            "En Polonia, el municipio (gmina) es la unidad básica de la"
                            " administración local y el distrito (powiat) es el nivel intermedio"
                            " entre el municipio y el voivodato."
                        ),
                    ),
                    T(
                        pl=(
                            "Sieć doradców była jednym z zadań projektu, obok szkoleń"
                            " specjalistycznych, staży zawodowych i promocji zielonych miejsc"
                            " pracy. Wsparciem dla doradców ma być również Rekomendacja nt."
                            " rozwoju zielonych miejsc pracy na terenie województwa podlaskiego,"
                            " przygotowana przez partnerstwo publiczno-społeczne. Na tej stronie"
                            " doradcy znajdą ponadto kursy e-learningowe oparte na pięciu blokach"
                            " tematycznych szkolenia."
                        ),
                        en=(
                            "The network of advisors was one of the project’s tasks, alongside"
                            " specialist training, work internships and the promotion of green"
                            " jobs. The advisors are also meant to be supported by the"
                            " Recommendation on the development of green jobs in the Podlaskie"
                            " Voivodeship, prepared by the public-social partnership. On this"
                            " website, advisors will also find e-learning courses based on the"
                            " five thematic blocks of the training."
                        ),
                        es=(
                            "La red de asesores fue una de las tareas del proyecto, junto con la"
                            " formación especializada, las prácticas profesionales y la promoción"
                            " de los empleos verdes. La Recomendación sobre el desarrollo de los"
                            " empleos verdes en el voivodato de Podlaquia, elaborada por el"
                            " partenariado público-social, pretende servir también de apoyo a los"
                            " asesores. Además, en este sitio web encontrarán cursos en"
                            " línea basados en los cinco bloques temáticos de la formación."
                        ),
                    ),
                ],
            ),
        ],
        "topics": ["advisors", "trainings"],
    },
    {
        "key": "specialist-training",
        "slug": T(
            pl="148-osob-ukonczylo-szkolenia-specjalistyczne",
            en="148-people-complete-specialist-training",
            es="148-personas-completan-la-formacion-especializada",
        ),
        "title": T(
            pl="148 osób ukończyło szkolenia specjalistyczne w zakresie zielonych miejsc pracy",
            en="148 people complete specialist training in green jobs",
            es="148 personas completan la formación especializada en empleos verdes",
        ),
        "lead": T(
            pl=(
                "W ramach projektu 148 osób przeszkolono w pięciu zawodach związanych z zielonymi"
                " miejscami pracy – od montażu urządzeń energii odnawialnej po dietetykę i zdrowy"
                " styl życia."
            ),
            en=(
                "Under the project, 148 people were trained in five occupations linked to green"
                " jobs, from installing renewable energy equipment to dietetics and healthy"
                " living."
            ),
            es=(
                "En el marco del proyecto, 148 personas se formaron en cinco ocupaciones"
                " relacionadas con los empleos verdes, desde la instalación de equipos de"
                " energías renovables hasta la dietética y los hábitos de vida saludables."
            ),
        ),
        "body": [
            (
                "text",
                [
                    T(
                        pl=(
                            "Doświadczenia krajów Unii Europejskiej wskazują, że zielona"
                            " gospodarka będzie zatrudniać coraz więcej pracowników. Pociąga to"
                            " za sobą potrzebę kształcenia kadr, edukacji ekologicznej i zmiany"
                            " świadomości społeczeństwa. Na tę potrzebę odpowiadały szkolenia"
                            " zorganizowane przez Wojewódzki Urząd Pracy w Białymstoku w ramach"
                            " projektu."
                        ),
                        en=(
                            "The experience of European Union countries shows that the green"
                            " economy will employ more and more people. This calls for staff"
                            " training, environmental education and a change in public"
                            " awareness. The training organised under the project by the"
                            " Wojewódzki Urząd Pracy w Białymstoku (Regional Labour Office in"
                            " Białystok) responded to this need."
                        ),
                        es=(
                            "La experiencia de los países de la Unión Europea indica que la"
                            " economía verde dará empleo a un número cada vez mayor de"
                            " trabajadores. Ello exige formar profesionales, impulsar la"
                            " educación ambiental y cambiar la conciencia de la sociedad. A esta"
                            " necesidad respondió la formación organizada en el marco del"
                            " proyecto por la Wojewódzki Urząd Pracy w Białymstoku (Oficina"
                            " Regional de Empleo de Białystok)."
                        ),
                    ),
                    T(
                        pl=(
                            "Szkolenia specjalistyczne miały na celu podniesienie, uzupełnienie"
                            " lub zmianę kwalifikacji zawodowych uczestników projektu w obszarze"
                            " zielonych miejsc pracy. Łącznie przeszkolono 148 osób w"
                            " następujących zawodach:"
                        ),
                        en=(
                            "The specialist training was designed to raise, supplement or change"
                            " the professional qualifications of project participants in the"
                            " field of green jobs. In total, 148 people were trained in the"
                            " following occupations:"
                        ),
                        es=(
                            "La formación especializada tenía como objetivo mejorar, completar o"
                            " cambiar las cualificaciones profesionales de los participantes del"
                            " proyecto en el ámbito de los empleos verdes. En total, 148 personas"
                            " se formaron en las siguientes ocupaciones:"
                        ),
                    ),
                ],
            ),
            (
                "list",
                [
                    T(
                        pl="monter i konserwator urządzeń energii odnawialnej,",
                        en="renewable energy equipment installer and maintenance technician,",
                        es="instalador y mantenedor de equipos de energías renovables,",
                    ),
                    T(
                        pl="monter i konserwator przydomowych oczyszczalni ścieków,",
                        en="household sewage treatment plant installer and maintenance technician,",
                        es="instalador y mantenedor de depuradoras domésticas de aguas residuales,",
                    ),
                    T(
                        pl="sortowacz surowców wtórnych z modułem wózka widłowego,",
                        en="recyclable materials sorter, with a forklift truck module,",
                        es="clasificador de materiales reciclables, con módulo de carretilla elevadora,",
                    ),
                    T(
                        pl="profesjonalny przewodnik turystyczny,",
                        en="professional tourist guide,",
                        es="guía turístico profesional,",
                    ),
                    T(
                        pl="specjalista ds. żywienia, dietetyki i zdrowego stylu życia.",
                        en="nutrition, dietetics and healthy lifestyle specialist.",
                        es="especialista en nutrición, dietética y estilo de vida saludable.",
                    ),
                ],
            ),
            (
                "text",
                [
                    T(
                        pl=(
                            "Wybrane zawody obejmują zarówno prace techniczne – przy odnawialnych źródłach"
                            " energii, przydomowych oczyszczalniach ścieków i sortowaniu surowców wtórnych –"
                            " jak i usługi związane z turystyką oraz zdrowym stylem życia."
                        ),
                        en=(
                            "The occupations chosen cover both technical work – with renewable energy,"
                            " household sewage treatment plants and the sorting of recyclable materials –"
                            " and services related to tourism and healthy living."
                        ),
                        es=(
                            "Las ocupaciones elegidas abarcan tanto trabajos técnicos —en energías"
                            " renovables, depuradoras domésticas de aguas residuales y clasificación de"
                            " materiales reciclables— como servicios relacionados con el turismo y los"
                            " hábitos de vida saludables."
                        ),
                    ),
                    T(
                        pl=(
                            "Szkolenia specjalistyczne były jednym z zadań projektu, obok stworzenia sieci"
                            " doradców ds. zielonych miejsc pracy, staży zawodowych i promocji zielonych miejsc"
                            " pracy. Około 30% uczestników projektu skierowano na staże zawodowe trwające od 3"
                            " do 6 miesięcy, których koszt pokrywał projekt."
                        ),
                        en=(
                            "Specialist training was one of the project’s tasks, alongside building a network"
                            " of green jobs advisors, work internships and the promotion of green jobs. About"
                            " 30% of project participants were placed on work internships lasting 3 to 6"
                            " months, paid for by the project."
                        ),
                        es=(
                            "La formación especializada fue una de las tareas del proyecto, junto con la"
                            " creación de una red de asesores de empleos verdes, las prácticas profesionales y"
                            " la promoción de los empleos verdes. Alrededor del 30 % de los participantes del"
                            " proyecto realizaron prácticas profesionales de 3 a 6 meses, financiadas por el"
                            " proyecto."
                        ),
                    ),
                ],
            ),
        ],
        "topics": ["trainings"],
    },
    {
        "key": "internships",
        "slug": T(
            pl="staze-zawodowe-dla-uczestnikow-projektu",
            en="work-internships-for-project-participants",
            es="practicas-profesionales-para-los-participantes",
        ),
        "title": T(
            pl="Około 30% uczestników projektu skierowano na staże zawodowe",
            en="About 30% of project participants placed on work internships",
            es="Alrededor del 30 % de los participantes del proyecto, en prácticas profesionales",
        ),
        "lead": T(
            pl=(
                "Staże zawodowe trwały od 3 do 6 miesięcy, a całkowity koszt ich organizacji"
                " pokrywano ze środków projektu."
            ),
            en=(
                "The work internships lasted from 3 to 6 months, and the full cost of organising"
                " them was covered by the project."
            ),
            es=(
                "Las prácticas profesionales duraron de 3 a 6 meses, y el coste total de su"
                " organización corrió a cargo del proyecto."
            ),
        ),
        "body": [
            (
                "text",
                [
                    T(
                        pl=(
                            "Staże zawodowe były, obok stworzenia sieci doradców ds. zielonych"
                            " miejsc pracy, szkoleń specjalistycznych i promocji zielonych miejsc"
                            " pracy, jednym z zadań projektu PWP „Partnerstwo na rzecz rozwoju i"
                            " promocji zielonych miejsc pracy”. Projekt realizował Wojewódzki Urząd"
                            " Pracy w Białymstoku w ramach Programu Operacyjnego Kapitał Ludzki."
                        ),
                        en=(
                            "Work internships were one of the tasks of the PWP project"
                            " “Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy”"
                            " (Partnership for the Development and Promotion of Green Jobs),"
                            " alongside building a network of green jobs advisors, specialist"
                            " training and the promotion of green jobs. The project was run by the"
                            " Wojewódzki Urząd Pracy w Białymstoku (Regional Labour Office in"
                            " Białystok) under the Program Operacyjny Kapitał Ludzki (Human"
                            " Capital Operational Programme)."
                        ),
                        es=(
                            "Las prácticas profesionales fueron una de las tareas del proyecto"
                            " PWP «Partnerstwo na rzecz rozwoju i promocji zielonych miejsc"
                            " pracy» (Partenariado para el desarrollo y la promoción de los"
                            " empleos verdes), junto con la creación de una red de asesores de"
                            " empleos verdes, la formación especializada y la promoción de los"
                            " empleos verdes. El proyecto lo ejecutó la Wojewódzki Urząd Pracy w"
                            " Białymstoku (Oficina Regional de Empleo de Białystok) en el marco"
                            " del Program Operacyjny Kapitał Ludzki (Programa Operativo Capital"
                            " Humano)."
                        ),
                    ),
                ],
            ),
            ("heading", T(pl="Najważniejsze informacje", en="Key facts", es="Datos principales")),
            (
                "list",
                [
                    T(
                        pl="Na staże zawodowe skierowano około 30% uczestników projektu.",
                        en="About 30% of project participants were placed on work internships.",
                        es="Alrededor del 30 % de los participantes del proyecto fueron enviados a prácticas profesionales.",
                    ),
                    T(
                        pl="Całkowity koszt organizacji stażu był pokrywany ze środków projektu, więc pracodawcy przyjmujący stażystów nie ponosili kosztów jego organizacji.",
                        en="The full cost of organising each internship was covered by the project, so host employers did not bear the cost of organising it.",
                        es="El coste total de la organización de las prácticas corría a cargo del proyecto, por lo que las empresas de acogida no asumían los costes de su organización.",
                    ),
                    T(
                        pl="Staż trwał od 3 do 6 miesięcy.",
                        en="Each internship lasted from 3 to 6 months.",
                        es="Las prácticas duraban de 3 a 6 meses.",
                    ),
                ],
            ),
            (
                "heading",
                T(pl="Czym jest staż?", en="What is an internship?", es="¿Qué son las prácticas?"),
            ),
            (
                "text",
                [
                    T(
                        pl=(
                            "W okresie realizacji projektu ustawa o promocji zatrudnienia i"
                            " instytucjach rynku pracy definiowała staż jako nabywanie umiejętności"
                            " praktycznych do wykonywania pracy przez wykonywanie zadań w miejscu"
                            " pracy, bez nawiązania stosunku pracy z pracodawcą. Staż pozwala"
                            " zdobyć doświadczenie zawodowe u pracodawcy i sprawdzić w praktyce"
                            " wiedzę zdobytą podczas szkoleń."
                        ),
                        en=(
                            "While the project was running, the Polish Act on employment promotion"
                            " and labour market institutions defined an internship as acquiring the"
                            " practical skills needed for a job by carrying out tasks in the"
                            " workplace, without entering into an employment relationship with"
                            " the employer. An internship makes it possible to gain work"
                            " experience with an employer and to put into practice what has been"
                            " learnt in training."
                        ),
                        es=(
                            "Durante la ejecución del proyecto, la ley polaca de promoción del empleo"
                            " y de las instituciones del mercado laboral definía las prácticas como"
                            " la adquisición de las competencias prácticas necesarias para un trabajo"
                            " mediante la realización de tareas en el lugar de trabajo, sin establecer una"
                            " relación laboral con el empleador. Las prácticas permiten adquirir"
                            " experiencia profesional en una empresa y aplicar lo aprendido en la"
                            " formación."
                        ),
                    ),
                    T(
                        pl=(
                            "Projekt łączył szkolenia, staże i promocję zielonych miejsc pracy."
                            " Jak wskazują doświadczenia krajów Unii Europejskiej, zielona"
                            " gospodarka będzie potrzebować coraz większej liczby pracowników."
                        ),
                        en=(
                            "The project combined training, internships and the promotion of"
                            " green jobs. As the experience of European Union countries shows,"
                            " the green economy will need a growing number of workers."
                        ),
                        es=(
                            "El proyecto combinó formación, prácticas y promoción de los empleos"
                            " verdes. Como muestra la experiencia de los países de la Unión"
                            " Europea, la economía verde necesitará cada vez más trabajadores."
                        ),
                    ),
                ],
            ),
        ],
        "topics": ["trainings"],
    },
    {
        "key": "tv-programme",
        "slug": T(
            pl="program-telewizyjny-zielone-miejsca-pracy",
            en="tv-programme-green-jobs",
            es="programa-de-television-empleos-verdes",
        ),
        "title": T(
            pl="Program telewizyjny „Zielone miejsca pracy” – 15 odcinków",
            en="The TV programme “Zielone miejsca pracy” (Green Jobs): 15 episodes",
            es="El programa de televisión «Zielone miejsca pracy» (Empleos verdes): 15 episodios",
        ),
        "lead": T(
            pl=(
                "W ramach kampanii promocyjno-informacyjnej projektu powstało 15 odcinków"
                " programu telewizyjnego „Zielone miejsca pracy”. O zielonych miejscach pracy"
                " informowały także audycje radiowe i prasa regionalna."
            ),
            en=(
                "As part of the project’s promotion and information campaign, 15 episodes of the"
                " TV programme “Zielone miejsca pracy” (Green Jobs) were made. Radio broadcasts"
                " and the regional press also reported on green jobs."
            ),
            es=(
                "En el marco de la campaña de promoción e información del proyecto se realizaron"
                " 15 episodios del programa de televisión «Zielone miejsca pracy» (Empleos"
                " verdes). Los programas de radio y la prensa regional también informaron sobre"
                " los empleos verdes."
            ),
        ),
        "body": [
            (
                "text",
                [
                    T(
                        pl=(
                            "Kampania promocyjno-informacyjna, skierowana do grupy docelowej"
                            " projektu, miała zwiększyć świadomość w zakresie zielonych miejsc"
                            " pracy. Prowadzono ją kilkoma kanałami:"
                        ),
                        en=(
                            "The promotion and information campaign, aimed at the project’s target group, was"
                            " intended to raise awareness of green jobs. It used several"
                            " channels:"
                        ),
                        es=(
                            "La campaña de promoción e información, dirigida al grupo"
                            " destinatario del proyecto, tenía como fin aumentar la"
                            " sensibilización sobre los empleos verdes. Se desarrolló a través de"
                            " varios canales:"
                        ),
                    ),
                ],
            ),
            (
                "list",
                [
                    T(
                        pl="program telewizyjny „Zielone miejsca pracy” liczący 15 odcinków,",
                        en="the 15-episode TV programme “Zielone miejsca pracy” (Green Jobs),",
                        es="el programa de televisión «Zielone miejsca pracy» (Empleos verdes), de 15 episodios,",
                    ),
                    T(pl="audycje radiowe,", en="radio broadcasts,", es="programas de radio,"),
                    T(
                        pl="informacje w prasie regionalnej,",
                        en="articles in the regional press,",
                        es="información en la prensa regional,",
                    ),
                    T(
                        pl="materiały informacyjno-promocyjne.",
                        en="information and promotional materials.",
                        es="materiales informativos y promocionales.",
                    ),
                ],
            ),
            (
                "text",
                [
                    T(
                        pl=(
                            "Promocja była jednym z zadań projektu realizowanego przez"
                            " Wojewódzki Urząd Pracy w Białymstoku, obok stworzenia sieci"
                            " doradców ds. zielonych miejsc pracy, szkoleń specjalistycznych i"
                            " staży zawodowych. O zielonych miejscach pracy informowali także sami"
                            " doradcy, którzy zorganizowali spotkania informacyjne w gminach i"
                            " powiatach – każdy na swoim terenie."
                        ),
                        en=(
                            "Promotion was one of the tasks of the project run by the Wojewódzki"
                            " Urząd Pracy w Białymstoku (Regional Labour Office in Białystok),"
                            " alongside building a network of green jobs advisors, specialist"
                            " training and work internships. The advisors themselves also spread"
                            " the word about green jobs by organising information meetings in"
                            " municipalities and counties, each in their own area."
                        ),
                        es=(
                            "La promoción fue una de las tareas del proyecto ejecutado por la"
                            " Wojewódzki Urząd Pracy w Białymstoku (Oficina Regional de Empleo de"
                            " Białystok), junto con la creación de una red de asesores de empleos"
                            " verdes, la formación especializada y las prácticas profesionales."
                            " Los propios asesores también dieron a conocer los empleos verdes"
                            " organizando reuniones informativas en municipios y distritos, cada"
                            " uno en su propio territorio."
                        ),
                    ),
                ],
            ),
            (
                "heading",
                T(
                    pl="Dlaczego promocja jest potrzebna?",
                    en="Why is promotion needed?",
                    es="¿Por qué es necesaria la promoción?",
                ),
            ),
            (
                "text",
                [
                    T(
                        pl=(
                            "Doświadczenia krajów Unii Europejskiej wskazują, że zielona"
                            " gospodarka będzie zatrudniać coraz więcej pracowników. Oznacza to"
                            " potrzebę nie tylko kształcenia kadr, lecz także edukacji"
                            " ekologicznej i zmiany świadomości społeczeństwa. Kampania"
                            " promocyjno-informacyjna miała przyczynić się właśnie do tej zmiany"
                            " świadomości."
                        ),
                        en=(
                            "The experience of European Union countries shows that the green"
                            " economy will employ more and more people. This means there is a"
                            " need not only for staff training but also for environmental"
                            " education and a change in public awareness. The promotion and"
                            " information campaign was intended to contribute to precisely this"
                            " change in awareness."
                        ),
                        es=(
                            "La experiencia de los países de la Unión Europea indica que la"
                            " economía verde dará empleo a un número cada vez mayor de"
                            " trabajadores. Esto exige no solo formar profesionales, sino también"
                            " impulsar la educación ambiental y cambiar la conciencia de la"
                            " sociedad. La campaña de promoción e información pretendía contribuir"
                            " precisamente a ese cambio de conciencia."
                        ),
                    ),
                    T(
                        pl=(
                            "Zielone miejsca pracy to, ogólnie mówiąc, miejsca pracy, które"
                            " przyczyniają się do ochrony lub przywracania dobrego stanu środowiska,"
                            " na przykład w energetyce odnawialnej, gospodarce odpadami czy"
                            " gospodarce wodno-ściekowej."
                        ),
                        en=(
                            "Broadly speaking, green jobs are jobs that help to protect or restore"
                            " the environment, for example in renewable energy, waste management or"
                            " water and wastewater management."
                        ),
                        es=(
                            "En términos generales, los empleos verdes son aquellos que contribuyen"
                            " a proteger o recuperar el medio ambiente, por ejemplo en las energías"
                            " renovables, la gestión de residuos o la gestión del agua y de las"
                            " aguas residuales."
                        ),
                    ),
                ],
            ),
        ],
        "topics": ["promotion"],
    },
]

# Footer --------------------------------------------------------------------------------

FOOTER = {
    "funding_note": T(
        pl=(
            "Projekt PWP „Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy” był"
            " realizowany w ramach Programu Operacyjnego Kapitał Ludzki, współfinansowanego przez"
            " Unię Europejską ze środków Europejskiego Funduszu Społecznego."
        ),
        en=(
            "The PWP project “Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy”"
            " (Partnership for the Development and Promotion of Green Jobs) was carried out under"
            " the Program Operacyjny Kapitał Ludzki (Human Capital Operational Programme),"
            " co-financed by the European Union from the European Social Fund."
        ),
        es=(
            "El proyecto PWP «Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy»"
            " (Partenariado para el desarrollo y la promoción de los empleos verdes) se ejecutó en"
            " el marco del Program Operacyjny Kapitał Ludzki (Programa Operativo Capital Humano),"
            " cofinanciado por la Unión Europea con cargo al Fondo Social Europeo."
        ),
    ),
    # The source document gives the office's name and telephone, not its street address.
    "address": OFFICE,
    "contact": [
        T(
            pl="Elżbieta Gorczkowska, koordynator projektu",
            en="Elżbieta Gorczkowska, Project Coordinator",
            es="Elżbieta Gorczkowska, coordinadora del proyecto",
        ),
        T(pl="tel. 85 74 97 254", en="Tel. +48 85 74 97 254", es="Tel. +48 85 74 97 254"),
    ],
}

# The main menu's short labels (Polish page slug → label): the pages' titles, shortened so
# the ten sections fit one or two rows of the header. An editor sets these per language in
# Snippets → Navigation.
# The project's drawings (cms/static/img/illustrations) of the sections the home page lists.
MENU_ILLUSTRATIONS = {
    "o-projekcie": "about",
    "aktualnosci": "news",
    "wspolpraca-ponadnarodowa": "cooperation",
    "partnerstwo-publiczno-spoleczne": "partnership",
    "rekomendacja": "recommendation",
    "szkolenia-specjalistyczne": "training",
    "kursy": "courses",
    "promocja-zielonych-miejsc-pracy": "promotion",
    "spotkania-informacyjne": "meetings",
}

MENU_LABELS = {
    "o-projekcie": T(pl="O projekcie", en="About", es="El proyecto"),
    "aktualnosci": T(pl="Aktualności", en="News", es="Noticias"),
    "wspolpraca-ponadnarodowa": T(pl="Współpraca", en="Cooperation", es="Cooperación"),
    "partnerstwo-publiczno-spoleczne": T(pl="Partnerstwo", en="Partnership", es="Partenariado"),
    "rekomendacja": T(pl="Rekomendacja", en="Recommendation", es="Recomendación"),
    "szkolenia-specjalistyczne": T(pl="Szkolenia", en="Training", es="Formación"),
    "kursy": T(pl="Kursy", en="Courses", es="Cursos"),
    "promocja-zielonych-miejsc-pracy": T(pl="Promocja", en="Promotion", es="Promoción"),
    "spotkania-informacyjne": T(pl="Spotkania", en="Meetings", es="Reuniones"),
    "kontakt": T(pl="Kontakt", en="Contact", es="Contacto"),
}
