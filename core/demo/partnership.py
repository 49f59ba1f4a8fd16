from core.demo.text import T

TRANSNATIONAL = {
    "slug": T(
        pl="wspolpraca-ponadnarodowa",
        en="transnational-cooperation",
        es="cooperacion-transnacional",
    ),
    "title": T(
        pl="Współpraca ponadnarodowa",
        en="Transnational cooperation",
        es="Cooperación transnacional",
    ),
    "intro": T(
        pl=(
            "Projekt „Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy” miał "
            "komponent ponadnarodowy: wymianę doświadczeń i dobrych praktyk z partnerami z "
            "Wielkiej Brytanii i Hiszpanii, krajów działających w obszarze ekologicznych "
            "technologii."
        ),
        en=(
            "The project “Partnership for the Development and Promotion of Green Jobs” "
            "(Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy) had a transnational "
            "component: the exchange of experience and good practice with partners from the "
            "United Kingdom and Spain, countries active in the field of ecological technologies."
        ),
        es=(
            "El proyecto «Partenariado para el desarrollo y la promoción de los empleos verdes» "
            "(Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy) contaba con un "
            "componente transnacional: el intercambio de experiencias y buenas prácticas con "
            "socios del Reino Unido y de España, países activos en el ámbito de las tecnologías "
            "ecológicas."
        ),
    ),
    "body": [
        (
            "heading",
            T(
                pl="Na czym polegała współpraca",
                en="What the cooperation involved",
                es="En qué consistió la cooperación",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Wojewódzki Urząd Pracy w Białymstoku realizował projekt z komponentem "
                        "ponadnarodowym w ramach Programu Operacyjnego Kapitał Ludzki. Współpraca "
                        "ponadnarodowa polegała na wymianie doświadczeń i dobrych praktyk z "
                        "krajami partnerskimi, które działają w obszarze ekologicznych "
                        "technologii."
                    ),
                    en=(
                        "The Regional Labour Office in Białystok (Wojewódzki Urząd Pracy w "
                        "Białymstoku) ran the project, with its transnational component, under "
                        "the Human Capital Operational Programme (Program Operacyjny Kapitał "
                        "Ludzki). Transnational cooperation consisted in exchanging experience "
                        "and good practice with partner countries active in the field of "
                        "ecological technologies."
                    ),
                    es=(
                        "La Oficina Regional de Empleo de Białystok (Wojewódzki Urząd Pracy w "
                        "Białymstoku) ejecutó el proyecto, con su componente transnacional, en el "
                        "marco del Programa Operativo Capital Humano (Program Operacyjny Kapitał "
                        "Ludzki). La cooperación transnacional consistió en el intercambio de "
                        "experiencias y buenas prácticas con países socios activos en el ámbito "
                        "de las tecnologías ecológicas."
                    ),
                ),
                T(
                    pl=(
                        "W ramach tego zadania zorganizowano spotkania tematyczne w Polsce oraz "
                        "wizyty studyjne w krajach partnerów ponadnarodowych. Uczestnicy mogli w "
                        "ten sposób poznać rozwiązania stosowane w regionach partnerskich i "
                        "zastanowić się, jak wykorzystać je w województwie podlaskim."
                    ),
                    en=(
                        "As part of this task, thematic meetings were held in Poland and study "
                        "visits were organised in the transnational partners’ countries. In this "
                        "way, participants could learn about the solutions used in the partner "
                        "regions and consider how to apply them in Podlaskie Voivodeship."
                    ),
                    es=(
                        "En el marco de esta tarea se organizaron reuniones temáticas en Polonia "
                        "y visitas de estudio a los países de los socios transnacionales. Así, "
                        "los participantes pudieron conocer las soluciones aplicadas en las "
                        "regiones socias y estudiar cómo aprovecharlas en el voivodato de "
                        "Podlaquia."
                    ),
                ),
            ],
        ),
        (
            "heading",
            T(pl="Kto brał udział", en="Who took part", es="Quién participó"),
        ),
        (
            "text",
            [
                T(
                    pl="W spotkaniach tematycznych i wizytach studyjnych uczestniczyli:",
                    en="The thematic meetings and study visits were attended by:",
                    es="En las reuniones temáticas y las visitas de estudio participaron:",
                ),
            ],
        ),
        (
            "list",
            [
                T(
                    pl="osoby zaangażowane w realizację projektu",
                    en="people involved in delivering the project",
                    es="personas implicadas en la ejecución del proyecto",
                ),
                T(
                    pl=(
                        "partnerzy ponadnarodowi: Impact Housing Association z Cumbrii (Wielka "
                        "Brytania) oraz Fundación Parque Científico y Tecnológico de Extremadura "
                        "(Hiszpania)"
                    ),
                    en=(
                        "the transnational partners: Impact Housing Association from Cumbria "
                        "(United Kingdom) and Fundación Parque Científico y Tecnológico de "
                        "Extremadura (Extremadura Science and Technology Park Foundation, Spain)"
                    ),
                    es=(
                        "los socios transnacionales: Impact Housing Association, de Cumbria "
                        "(Reino Unido), y la Fundación Parque Científico y Tecnológico de "
                        "Extremadura (España)"
                    ),
                ),
                T(
                    pl=(
                        "członkowie partnerstwa publiczno-społecznego z trzech subregionów "
                        "województwa podlaskiego"
                    ),
                    en=(
                        "members of the public-social partnership from the three subregions of "
                        "Podlaskie Voivodeship"
                    ),
                    es=(
                        "miembros del partenariado público-social de las tres subregiones del "
                        "voivodato de Podlaquia"
                    ),
                ),
            ],
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Dzięki temu w wymianie doświadczeń uczestniczyły zarówno osoby "
                        "odpowiedzialne za projekt, jak i przedstawiciele instytucji, organizacji "
                        "i firm z całego regionu."
                    ),
                    en=(
                        "This meant that the exchange of experience involved both those "
                        "responsible for the project and representatives of institutions, "
                        "organisations and businesses from across the region."
                    ),
                    es=(
                        "De este modo, en el intercambio de experiencias participaron tanto los "
                        "responsables del proyecto como representantes de instituciones, "
                        "organizaciones y empresas de toda la región."
                    ),
                ),
            ],
        ),
        (
            "heading",
            T(
                pl="Dlaczego właśnie ci partnerzy",
                en="Why these partners",
                es="Por qué estos socios",
            ),
        ),
        (
            "quote",
            {
                "quote": T(
                    pl="Wybór partnerów ponadnarodowych projektu nie był przypadkowy.",
                    en="The choice of the project’s transnational partners was no accident.",
                    es="La elección de los socios transnacionales del proyecto no fue casual.",
                ),
                "attribution": T(
                    pl="Prezentacja projektu, Wojewódzki Urząd Pracy w Białymstoku",
                    en="Project presentation, Regional Labour Office in Białystok",
                    es="Presentación del proyecto, Oficina Regional de Empleo de Białystok",
                ),
            },
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "O wyborze zdecydowała specyfika regionów Cumbria i Estremadura, a "
                        "zwłaszcza:"
                    ),
                    en=(
                        "The decision was based on the specific character of the Cumbria and "
                        "Extremadura regions, in particular:"
                    ),
                    es=(
                        "La elección se debió a las características propias de las regiones de "
                        "Cumbria y Extremadura, en particular:"
                    ),
                ),
            ],
        ),
        (
            "list",
            [
                T(
                    pl="ich rozwój ekonomiczny",
                    en="their economic development",
                    es="su desarrollo económico",
                ),
                T(
                    pl=(
                        "kierunki rozwoju ich gospodarki, szczególnie doświadczenie w rozwijaniu "
                        "zielonego rynku pracy"
                    ),
                    en=(
                        "the directions in which their economies are developing, especially their "
                        "experience in developing the green labour market"
                    ),
                    es=(
                        "las orientaciones de desarrollo de su economía, sobre todo su "
                        "experiencia en el desarrollo del mercado laboral verde"
                    ),
                ),
            ],
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Dzięki temu doświadczenia partnerów ponadnarodowych można przenieść na "
                        "rodzimy grunt – do województwa podlaskiego. Z wiedzy zdobytej we "
                        "współpracy z Wielką Brytanią i Hiszpanią czerpie także Rekomendacja nt. "
                        "rozwoju zielonych miejsc pracy na terenie województwa podlaskiego, "
                        "wypracowana przez partnerstwo publiczno-społeczne."
                    ),
                    en=(
                        "As a result, the transnational partners’ experience can be transferred "
                        "to home ground, to Podlaskie Voivodeship. The Recommendation on the "
                        "Development of Green Jobs in Podlaskie Voivodeship, drawn up by the "
                        "public-social partnership, also draws on the knowledge gained through "
                        "cooperation with the United Kingdom and Spain."
                    ),
                    es=(
                        "Gracias a ello, la experiencia de los socios transnacionales puede "
                        "trasladarse a nuestro propio terreno: el voivodato de Podlaquia. La "
                        "Recomendación sobre el desarrollo de empleos verdes en el voivodato de "
                        "Podlaquia, elaborada por el partenariado público-social, también se "
                        "nutre de los conocimientos adquiridos en la cooperación con el Reino "
                        "Unido y España."
                    ),
                ),
            ],
        ),
        (
            "key_figures",
            [
                {
                    "value": T(pl="2", en="2", es="2"),
                    "label": T(
                        pl="partnerów ponadnarodowych",
                        en="transnational partners",
                        es="socios transnacionales",
                    ),
                },
                {
                    "value": T(pl="3", en="3", es="3"),
                    "label": T(
                        pl="subregiony województwa podlaskiego",
                        en="subregions of Podlaskie Voivodeship",
                        es="subregiones del voivodato de Podlaquia",
                    ),
                },
            ],
        ),
    ],
}

IMPACT_HOUSING = {
    "key": "impact-housing",
    "slug": T(
        pl="impact-housing-association",
        en="impact-housing-association",
        es="impact-housing-association",
    ),
    "name": T(
        pl="Impact Housing Association",
        en="Impact Housing Association",
        es="Impact Housing Association",
    ),
    "country": T(pl="Wielka Brytania", en="United Kingdom", es="Reino Unido"),
    "region": T(pl="Cumbria", en="Cumbria", es="Cumbria"),
    "title": T(
        pl="Impact Housing Association – Cumbria, Wielka Brytania",
        en="Impact Housing Association – Cumbria, United Kingdom",
        es="Impact Housing Association – Cumbria, Reino Unido",
    ),
    "intro": T(
        pl=(
            "Brytyjski partner projektu: stowarzyszenie z Cumbrii, które łączy działania na rzecz "
            "ochrony środowiska z przygotowaniem ludzi do pracy w zielonych miejscach pracy."
        ),
        en=(
            "The project’s British partner: an association from Cumbria that combines "
            "environmental action with preparing people for green jobs."
        ),
        es=(
            "El socio británico del proyecto: una asociación de Cumbria que combina la acción "
            "medioambiental con la preparación de personas para empleos verdes."
        ),
    ),
    "body": [
        ("heading", T(pl="O partnerze", en="About the partner", es="Sobre el socio")),
        (
            "text",
            [
                T(
                    pl=(
                        "Stowarzyszenie Impact Housing Association działa w Cumbrii, hrabstwie w "
                        "północno-zachodniej Anglii. W Wielkiej Brytanii stowarzyszenia "
                        "mieszkaniowe (housing associations) to organizacje niedziałające dla "
                        "zysku, które zapewniają i utrzymują mieszkania socjalne."
                    ),
                    en=(
                        "Impact Housing Association operates in Cumbria, a county in north-west "
                        "England. In the United Kingdom, housing associations are not-for-profit "
                        "organisations that provide and manage social housing."
                    ),
                    es=(
                        "Impact Housing Association desarrolla su actividad en Cumbria, un "
                        "condado del noroeste de Inglaterra. En el Reino Unido, las housing "
                        "associations (asociaciones de vivienda) son entidades sin ánimo de lucro "
                        "que proporcionan y gestionan vivienda social."
                    ),
                ),
                T(
                    pl=(
                        "Stowarzyszenie realizuje szereg projektów dotyczących ochrony "
                        "środowiska. Przeszkoleni w ich ramach uczestnicy znaleźli zatrudnienie w "
                        "zielonych miejscach pracy."
                    ),
                    en=(
                        "The association runs a number of environmental projects. Participants "
                        "trained through them have found employment in green jobs."
                    ),
                    es=(
                        "La asociación ejecuta diversos proyectos de protección del medio "
                        "ambiente. Los participantes formados en ellos han encontrado empleo en "
                        "empleos verdes."
                    ),
                ),
            ],
        ),
        (
            "heading",
            T(
                pl="Modernizacja mieszkań socjalnych ze środków EFRR",
                en="Retrofitting social housing with ERDF funding",
                es="Rehabilitación de viviendas sociales con fondos FEDER",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "W czasie współpracy z projektem stowarzyszenie wdrażało finansowany z "
                        "Europejskiego Funduszu Rozwoju Regionalnego (EFRR) program modernizacji "
                        "mieszkań, którego celem było zmniejszenie emisji dwutlenku węgla. "
                        "Program obejmował:"
                    ),
                    en=(
                        "At the time of its cooperation with the project, the association was "
                        "implementing a housing retrofit programme funded by the European "
                        "Regional Development Fund (ERDF), aimed at reducing carbon dioxide "
                        "emissions. The programme covered:"
                    ),
                    es=(
                        "Durante su colaboración con el proyecto, la asociación estaba aplicando "
                        "un programa de rehabilitación de viviendas financiado por el Fondo "
                        "Europeo de Desarrollo Regional (FEDER), destinado a reducir las "
                        "emisiones de dióxido de carbono. El programa incluía:"
                    ),
                ),
            ],
        ),
        (
            "list",
            [
                T(
                    pl="izolację wewnętrzną i zewnętrzną mieszkań socjalnych",
                    en="internal and external insulation of social housing",
                    es="el aislamiento interior y exterior de viviendas sociales",
                ),
                T(
                    pl="montaż systemów wykorzystujących odnawialne źródła energii",
                    en="the installation of renewable energy systems",
                    es="la instalación de sistemas de energías renovables",
                ),
            ],
        ),
        (
            "heading",
            T(
                pl="Projekt Green Ways to Work (EFS)",
                en="The Green Ways to Work project (ESF)",
                es="El proyecto Green Ways to Work (FSE)",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Równolegle stowarzyszenie realizowało projekt Green Ways to Work, "
                        "finansowany z Europejskiego Funduszu Społecznego (EFS)."
                    ),
                    en=(
                        "At the same time, the association was running the Green Ways to Work "
                        "project, funded by the European Social Fund (ESF)."
                    ),
                    es=(
                        "Paralelamente, la asociación ejecutaba el proyecto Green Ways to Work, "
                        "financiado por el Fondo Social Europeo (FSE)."
                    ),
                ),
            ],
        ),
        (
            "heading",
            T(
                pl="Co to oznacza dla województwa podlaskiego",
                en="What this means for Podlaskie Voivodeship",
                es="Qué supone para el voivodato de Podlaquia",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Doświadczenie w rozwijaniu zielonego rynku pracy było jednym z powodów, "
                        "dla których partnerzy ponadnarodowi projektu zostali wybrani właśnie z "
                        "Cumbrii i Estremadury. Dzięki temu doświadczenia brytyjskiego partnera "
                        "można przenieść na grunt województwa podlaskiego."
                    ),
                    en=(
                        "Experience in developing the green labour market was one of the reasons "
                        "why the project’s transnational partners were chosen from Cumbria and "
                        "Extremadura. This means that the British partner’s experience can be "
                        "transferred to Podlaskie Voivodeship."
                    ),
                    es=(
                        "La experiencia en el desarrollo del mercado laboral verde fue uno de los "
                        "motivos por los que los socios transnacionales del proyecto se eligieron "
                        "precisamente en Cumbria y Extremadura. Gracias a ello, la experiencia "
                        "del socio británico puede trasladarse al voivodato de Podlaquia."
                    ),
                ),
                T(
                    pl=(
                        "Ogólnie rzecz biorąc, termomodernizacja budynków – docieplanie ścian "
                        "oraz montaż instalacji takich jak kolektory słoneczne czy pompy ciepła – "
                        "zmniejsza zużycie energii i emisję dwutlenku węgla, a zarazem tworzy "
                        "zapotrzebowanie na wykwalifikowanych monterów, instalatorów i "
                        "specjalistów od efektywności energetycznej."
                    ),
                    en=(
                        "Generally speaking, the energy retrofitting of buildings – insulating "
                        "walls and installing systems such as solar collectors or heat pumps – "
                        "reduces energy use and carbon dioxide emissions, while creating demand "
                        "for skilled fitters, installers and energy efficiency specialists."
                    ),
                    es=(
                        "En términos generales, la rehabilitación energética de edificios –el "
                        "aislamiento de muros y la instalación de sistemas como colectores "
                        "solares o bombas de calor– reduce el consumo de energía y las emisiones "
                        "de dióxido de carbono y, al mismo tiempo, genera demanda de montadores, "
                        "instaladores y especialistas en eficiencia energética cualificados."
                    ),
                ),
            ],
        ),
    ],
}

EXTREMADURA = {
    "key": "extremadura",
    "slug": T(
        pl="park-naukowo-technologiczny-estremadury",
        en="extremadura-science-and-technology-park",
        es="parque-cientifico-y-tecnologico-de-extremadura",
    ),
    "name": T(
        pl="Fundación Parque Científico y Tecnológico de Extremadura",
        en="Fundación Parque Científico y Tecnológico de Extremadura",
        es="Fundación Parque Científico y Tecnológico de Extremadura",
    ),
    "country": T(pl="Hiszpania", en="Spain", es="España"),
    "region": T(pl="Estremadura", en="Extremadura", es="Extremadura"),
    "title": T(
        pl="Park Naukowo-Technologiczny Estremadury – Hiszpania",
        en="Extremadura Science and Technology Park – Spain",
        es="Parque Científico y Tecnológico de Extremadura – España",
    ),
    "intro": T(
        pl=(
            "Hiszpański partner projektu: fundacja parku naukowo-technologicznego z Estremadury, "
            "która działa na rzecz trwałych miejsc pracy w sektorze odnawialnych źródeł energii."
        ),
        en=(
            "The project’s Spanish partner: the science and technology park foundation from "
            "Extremadura, which works to create lasting jobs in the renewable energy sector."
        ),
        es=(
            "El socio español del proyecto: la fundación del parque científico y tecnológico de "
            "Extremadura, que trabaja para crear empleo estable en el sector de las energías "
            "renovables."
        ),
    ),
    "body": [
        ("heading", T(pl="O partnerze", en="About the partner", es="Sobre el socio")),
        (
            "text",
            [
                T(
                    pl=(
                        "Fundación Parque Científico y Tecnológico de Extremadura (Fundacja Parku "
                        "Naukowo-Technologicznego Estremadury) działa w Estremadurze – wspólnocie "
                        "autonomicznej na zachodzie Hiszpanii, przy granicy z Portugalią. "
                        "Estremadura należy do najbardziej nasłonecznionych regionów Hiszpanii, "
                        "co sprzyja rozwojowi energetyki słonecznej. Parki naukowo-technologiczne "
                        "to instytucje, które wspierają współpracę nauki z biznesem oraz rozwój "
                        "innowacyjnych przedsiębiorstw."
                    ),
                    en=(
                        "Fundación Parque Científico y Tecnológico de Extremadura (Extremadura "
                        "Science and Technology Park Foundation) operates in Extremadura, an "
                        "autonomous community in western Spain on the border with Portugal. "
                        "Extremadura is one of the sunniest regions of Spain, which favours the "
                        "development of solar energy. Science and technology parks are "
                        "institutions that support cooperation between research and business and "
                        "the growth of innovative companies."
                    ),
                    es=(
                        "La Fundación Parque Científico y Tecnológico de Extremadura desarrolla "
                        "su actividad en Extremadura, comunidad autónoma del oeste de España, en "
                        "la frontera con Portugal. Extremadura es una de las regiones más "
                        "soleadas de España, lo que favorece el desarrollo de la energía solar. "
                        "Los parques científicos y tecnológicos son instituciones que apoyan la "
                        "cooperación entre la ciencia y la empresa y el desarrollo de empresas "
                        "innovadoras."
                    ),
                ),
            ],
        ),
        (
            "heading",
            T(
                pl="Projekt realizowany przez partnera",
                en="The partner’s project",
                es="El proyecto del socio",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "W czasie współpracy z projektem park naukowo-technologiczny w "
                        "Estremadurze realizował projekt pt. „Innowacje w celu stworzenia "
                        "trwałych miejsc pracy w zakresie odnawialnych źródeł energii w "
                        "Estremadurze”."
                    ),
                    en=(
                        "At the time of its cooperation with the project, the science and "
                        "technology park in Extremadura was running a project entitled "
                        "“Innovation for Creating Lasting Jobs in Renewable Energy in "
                        "Extremadura”."
                    ),
                    es=(
                        "Durante su colaboración con el proyecto, el parque científico y "
                        "tecnológico de Extremadura ejecutaba el proyecto «Innovación para la "
                        "creación de empleo estable en el ámbito de las energías renovables en "
                        "Extremadura»."
                    ),
                ),
                T(
                    pl=(
                        "Głównym celem tego projektu była poprawa poziomu i stymulowanie wzrostu "
                        "zatrudnienia w Estremadurze. Miało temu służyć:"
                    ),
                    en=(
                        "Its main aim was to raise the level of employment in Extremadura and "
                        "stimulate its growth, through:"
                    ),
                    es=(
                        "Su objetivo principal era mejorar el nivel de empleo en Extremadura y "
                        "estimular su crecimiento mediante:"
                    ),
                ),
            ],
        ),
        (
            "list",
            [
                T(
                    pl=(
                        "zaangażowanie regionalnych przedsiębiorstw w innowacyjne projekty "
                        "związane z sektorem ochrony środowiska i energii"
                    ),
                    en=(
                        "the participation of regional businesses in innovative projects related "
                        "to the environment and energy sector"
                    ),
                    es=(
                        "la participación de empresas regionales en proyectos innovadores "
                        "relacionados con el sector del medio ambiente y la energía"
                    ),
                ),
                T(
                    pl=(
                        "promocja przedsiębiorczości w sektorze odnawialnych źródeł energii i "
                        "ochrony środowiska"
                    ),
                    en=(
                        "the promotion of entrepreneurship in the renewable energy and "
                        "environmental protection sector"
                    ),
                    es=(
                        "el fomento del emprendimiento en el sector de las energías renovables y "
                        "la protección del medio ambiente"
                    ),
                ),
            ],
        ),
        (
            "heading",
            T(
                pl="Co to oznacza dla województwa podlaskiego",
                en="What this means for Podlaskie Voivodeship",
                es="Qué supone para el voivodato de Podlaquia",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Wybór partnera nie był przypadkowy. Zdecydowała o nim specyfika "
                        "Estremadury: jej rozwój ekonomiczny i kierunki rozwoju gospodarki, "
                        "zwłaszcza doświadczenie w rozwijaniu zielonego rynku pracy. Dzięki temu "
                        "doświadczenia hiszpańskiego partnera można przenieść na grunt "
                        "województwa podlaskiego."
                    ),
                    en=(
                        "The choice of partner was no accident. It was based on the specific "
                        "character of Extremadura: its economic development and the direction in "
                        "which its economy is developing, especially its experience in developing "
                        "the green labour market. This means that the Spanish partner’s "
                        "experience can be transferred to Podlaskie Voivodeship."
                    ),
                    es=(
                        "La elección del socio no fue casual. Se debió a las características "
                        "propias de Extremadura: su desarrollo económico y las orientaciones de "
                        "desarrollo de su economía, sobre todo su experiencia en el desarrollo "
                        "del mercado laboral verde. Gracias a ello, la experiencia del socio "
                        "español puede trasladarse al voivodato de Podlaquia."
                    ),
                ),
                T(
                    pl=(
                        "Ogólnie rzecz biorąc, projekty łączące innowacje, przedsiębiorczość i "
                        "odnawialne źródła energii pokazują, że transformacja energetyczna może "
                        "być nie tylko wyzwaniem, lecz także źródłem nowych, trwałych miejsc "
                        "pracy w regionie."
                    ),
                    en=(
                        "Generally speaking, projects that combine innovation, entrepreneurship "
                        "and renewable energy show that the energy transition can be not only a "
                        "challenge but also a source of new, lasting jobs in a region."
                    ),
                    es=(
                        "En términos generales, los proyectos que combinan innovación, "
                        "emprendimiento y energías renovables demuestran que la transición "
                        "energética puede ser no solo un reto, sino también una fuente de empleo "
                        "nuevo y estable en una región."
                    ),
                ),
            ],
        ),
    ],
}

PARTNERS = [IMPACT_HOUSING, EXTREMADURA]

PARTNERSHIP = {
    "slug": T(
        pl="partnerstwo-publiczno-spoleczne",
        en="public-social-partnership",
        es="partenariado-publico-social",
    ),
    "title": T(
        pl="Partnerstwo publiczno-społeczne",
        en="Public-social partnership",
        es="Partenariado público-social",
    ),
    "intro": T(
        pl=(
            "34 podmioty z województwa podlaskiego – administracja publiczna, organizacje "
            "pozarządowe i przedsiębiorcy – współpracowały na rzecz rozwoju zielonych miejsc "
            "pracy w regionie."
        ),
        en=(
            "Thirty-four organisations from Podlaskie Voivodeship – public administration, "
            "non-governmental organisations and businesses – worked together to develop green "
            "jobs in the region."
        ),
        es=(
            "Treinta y cuatro entidades del voivodato de Podlaquia –administración pública, "
            "organizaciones no gubernamentales y empresas– colaboraron para desarrollar los "
            "empleos verdes en la región."
        ),
    ),
    "directory_intro": T(
        pl=(
            "Poniżej przedstawiamy członków partnerstwa – katalog można filtrować według sektora "
            "i subregionu."
        ),
        en=(
            "The partnership’s members are listed below – the directory can be filtered by sector "
            "and subregion."
        ),
        es=(
            "A continuación figuran los miembros del partenariado; el directorio puede filtrarse "
            "por sector y subregión."
        ),
    ),
    "body": [
        (
            "heading",
            T(
                pl="Czym jest partnerstwo",
                en="What the partnership is",
                es="Qué es el partenariado",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Partnerstwo publiczno-społeczne działa na zasadzie grupy podmiotów, "
                        "które podejmują wyzwania transformacji i modernizacji w województwie "
                        "podlaskim, wykorzystując doświadczenia partnerów ponadnarodowych z "
                        "Wielkiej Brytanii i Hiszpanii."
                    ),
                    en=(
                        "The public-social partnership works as a group of organisations that "
                        "take up the challenges of transformation and modernisation in Podlaskie "
                        "Voivodeship, drawing on the experience of the transnational partners "
                        "from the United Kingdom and Spain."
                    ),
                    es=(
                        "El partenariado público-social funciona como un grupo de entidades que "
                        "asumen los retos de la transformación y la modernización del voivodato "
                        "de Podlaquia aprovechando la experiencia de los socios transnacionales "
                        "del Reino Unido y España."
                    ),
                ),
                T(
                    pl=(
                        "Rozwój partnerstwa i współpracy na rzecz zielonych miejsc pracy był "
                        "drogą do osiągnięcia głównego celu projektu: stworzenia do końca 2013 "
                        "roku warunków dla rozwoju aktywności zawodowej w obrębie zielonych "
                        "miejsc pracy w regionie."
                    ),
                    en=(
                        "Developing the partnership and cooperation for green jobs was the route "
                        "to the project’s main aim: to create, by the end of 2013, the conditions "
                        "for developing professional activity in green jobs in the region."
                    ),
                    es=(
                        "El desarrollo del partenariado y de la cooperación en favor de los "
                        "empleos verdes fue la vía para alcanzar el objetivo principal del "
                        "proyecto: crear, antes de que terminara 2013, las condiciones para el "
                        "desarrollo de la actividad profesional en el ámbito de los empleos "
                        "verdes en la región."
                    ),
                ),
            ],
        ),
        (
            "heading",
            T(
                pl="Kto tworzy partnerstwo",
                en="Who makes up the partnership",
                es="Quién forma el partenariado",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Partnerstwo tworzą 34 podmioty działające na terenie województwa "
                        "podlaskiego. Są wśród nich przedstawiciele:"
                    ),
                    en=(
                        "The partnership is made up of 34 organisations operating in Podlaskie "
                        "Voivodeship. They include representatives of:"
                    ),
                    es=(
                        "El partenariado está formado por 34 entidades que operan en el voivodato "
                        "de Podlaquia. Entre ellas hay representantes de:"
                    ),
                ),
            ],
        ),
        (
            "list",
            [
                T(
                    pl="administracji publicznej",
                    en="public administration",
                    es="la administración pública",
                ),
                T(
                    pl="organizacji pozarządowych",
                    en="non-governmental organisations",
                    es="organizaciones no gubernamentales",
                ),
                T(pl="przedsiębiorców", en="businesses", es="el sector empresarial"),
            ],
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Członkowie partnerstwa pochodzą z trzech subregionów województwa: "
                        "białostockiego, łomżyńskiego i suwalskiego. Przedstawiciele partnerstwa "
                        "brali też udział w spotkaniach tematycznych w Polsce i wizytach "
                        "studyjnych u partnerów ponadnarodowych."
                    ),
                    en=(
                        "The partnership’s members come from the region’s three subregions: "
                        "Białystok, Łomża and Suwałki. Representatives of the partnership also "
                        "took part in thematic meetings in Poland and in study visits to the "
                        "transnational partners."
                    ),
                    es=(
                        "Los miembros del partenariado proceden de las tres subregiones del "
                        "voivodato: Białystok, Łomża y Suwałki. Representantes del partenariado "
                        "participaron también en reuniones temáticas en Polonia y en visitas de "
                        "estudio a los socios transnacionales."
                    ),
                ),
            ],
        ),
        (
            "heading",
            T(
                pl="W jakim celu powstało",
                en="Why it was set up",
                es="Con qué fin se creó",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Partnerstwo powstało, aby przedstawiciele instytucji z całego "
                        "województwa podlaskiego mogli współpracować i wymieniać się "
                        "doświadczeniami na rzecz rozwoju zasobów ludzkich w obrębie zielonych "
                        "miejsc pracy, a w efekcie wypracować wspólne rozwiązania."
                    ),
                    en=(
                        "The partnership was set up so that representatives of institutions from "
                        "across Podlaskie Voivodeship could cooperate and exchange experience to "
                        "develop human resources in green jobs and, as a result, work out common "
                        "solutions."
                    ),
                    es=(
                        "El partenariado se creó para que representantes de instituciones de todo "
                        "el voivodato de Podlaquia pudieran cooperar e intercambiar experiencias "
                        "en favor del desarrollo de los recursos humanos en el ámbito de los "
                        "empleos verdes y, como resultado, elaborar soluciones comunes."
                    ),
                ),
                T(
                    pl="Działania partnerstwa miały służyć:",
                    en="The partnership’s activities were intended to help:",
                    es="Las actividades del partenariado debían contribuir a:",
                ),
            ],
        ),
        (
            "list",
            [
                T(
                    pl="podniesieniu poziomu świadomości w obszarze zielonych miejsc pracy",
                    en="raise awareness of green jobs",
                    es="aumentar la concienciación sobre los empleos verdes",
                ),
                T(
                    pl="zwiększeniu aktywności zawodowej w tej dziedzinie",
                    en="increase professional activity in this field",
                    es="incrementar la actividad profesional en este ámbito",
                ),
                T(
                    pl="podnoszeniu jakości życia mieszkańców",
                    en="improve residents’ quality of life",
                    es="mejorar la calidad de vida de los habitantes",
                ),
                T(
                    pl="zwiększeniu konkurencyjności gospodarki",
                    en="make the economy more competitive",
                    es="aumentar la competitividad de la economía",
                ),
                T(
                    pl="umacnianiu ekologicznej tożsamości województwa",
                    en="strengthen the region’s ecological identity",
                    es="reforzar la identidad ecológica del voivodato",
                ),
            ],
        ),
        (
            "heading",
            T(pl="Efekt współpracy", en="The outcome", es="El resultado"),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Wspólnym rozwiązaniem wypracowanym przez partnerstwo jest Rekomendacja "
                        "nt. rozwoju zielonych miejsc pracy na terenie województwa podlaskiego. "
                        "Dokument ma być wsparciem dla doradców ds. zielonych miejsc pracy, "
                        "pracowników publicznych służb zatrudnienia, szkół zawodowych, instytucji "
                        "edukacyjnych i pracodawców."
                    ),
                    en=(
                        "The common solution worked out by the partnership is the Recommendation "
                        "on the Development of Green Jobs in Podlaskie Voivodeship (Rekomendacja "
                        "nt. rozwoju zielonych miejsc pracy na terenie województwa podlaskiego). "
                        "The document is intended to support green jobs advisors, public "
                        "employment services staff, vocational schools, education institutions "
                        "and employers."
                    ),
                    es=(
                        "La solución común elaborada por el partenariado es la Recomendación "
                        "sobre el desarrollo de empleos verdes en el voivodato de Podlaquia "
                        "(Rekomendacja nt. rozwoju zielonych miejsc pracy na terenie województwa "
                        "podlaskiego). El documento pretende servir de apoyo a los asesores de "
                        "empleos verdes, al personal de los servicios públicos de empleo, a los "
                        "centros de formación profesional, a las instituciones educativas y a los "
                        "empleadores."
                    ),
                ),
            ],
        ),
        (
            "key_figures",
            [
                {
                    "value": T(pl="34", en="34", es="34"),
                    "label": T(
                        pl="podmioty w partnerstwie",
                        en="organisations in the partnership",
                        es="entidades en el partenariado",
                    ),
                },
                {
                    "value": T(pl="3", en="3", es="3"),
                    "label": T(
                        pl="subregiony: białostocki, łomżyński i suwalski",
                        en="subregions: Białystok, Łomża and Suwałki",
                        es="subregiones: Białystok, Łomża y Suwałki",
                    ),
                },
            ],
        ),
    ],
}

RECOMMENDATION = {
    "slug": T(pl="rekomendacja", en="recommendation", es="recomendacion"),
    "title": T(
        pl="Rekomendacja nt. rozwoju zielonych miejsc pracy na terenie województwa podlaskiego",
        en="Recommendation on the Development of Green Jobs in Podlaskie Voivodeship",
        es="Recomendación sobre el desarrollo de empleos verdes en el voivodato de Podlaquia",
    ),
    "intro": T(
        pl=(
            "Wspólny dokument partnerstwa publiczno-społecznego, który wskazuje kierunek i zakres "
            "działań w obszarze zielonych miejsc pracy w województwie podlaskim."
        ),
        en=(
            "A joint document of the public-social partnership that sets out the direction and "
            "scope of action on green jobs in Podlaskie Voivodeship."
        ),
        es=(
            "Documento conjunto del partenariado público-social que establece la orientación y el "
            "alcance de la actuación en materia de empleos verdes en el voivodato de Podlaquia."
        ),
    ),
    "summary": T(
        pl=(
            "Rekomendacja określa kierunek i zakres działania w obszarze zielonych miejsc pracy w "
            "województwie podlaskim. Zebrano w niej opinie i stanowiska przedstawicieli różnych "
            "grup rynku pracy, a całość czerpie z doświadczeń partnerów ponadnarodowych z "
            "Wielkiej Brytanii i Hiszpanii."
        ),
        en=(
            "The Recommendation sets out the direction and scope of action on green jobs in "
            "Podlaskie Voivodeship. It brings together the opinions and positions of "
            "representatives of various labour market groups and draws on the experience of the "
            "transnational partners from the United Kingdom and Spain."
        ),
        es=(
            "La Recomendación establece la orientación y el alcance de la actuación en materia de "
            "empleos verdes en el voivodato de Podlaquia. Reúne las opiniones y posturas de "
            "representantes de distintos colectivos del mercado laboral y se nutre de la "
            "experiencia de los socios transnacionales del Reino Unido y España."
        ),
    ),
    "audiences": [
        T(
            pl="doradcy ds. zielonych miejsc pracy",
            en="green jobs advisors",
            es="asesores de empleos verdes",
        ),
        T(
            pl="pracownicy publicznych służb zatrudnienia",
            en="public employment services staff",
            es="personal de los servicios públicos de empleo",
        ),
        T(pl="szkoły zawodowe", en="vocational schools", es="centros de formación profesional"),
        T(pl="instytucje edukacyjne", en="education institutions", es="instituciones educativas"),
        T(pl="pracodawcy", en="employers", es="empleadores"),
    ],
    "body": [
        (
            "heading",
            T(
                pl="Co właściwie stworzyliśmy?",
                en="What exactly have we created?",
                es="¿Qué hemos creado exactamente?",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Tworząc Rekomendację dla województwa podlaskiego, chcieliśmy określić "
                        "kierunek i zakres działania w obszarze zielonych miejsc pracy."
                    ),
                    en=(
                        "In drawing up the Recommendation for Podlaskie Voivodeship, our aim was "
                        "to set the direction and scope of action on green jobs."
                    ),
                    es=(
                        "Al elaborar la Recomendación para el voivodato de Podlaquia, nuestro "
                        "objetivo era definir la orientación y el alcance de la actuación en "
                        "materia de empleos verdes."
                    ),
                ),
                T(
                    pl=(
                        "Zależało nam, aby w Rekomendacji znalazły się opinie i stanowiska "
                        "przedstawicieli różnych grup rynku pracy, które przyniosą wymierne "
                        "korzyści dla całego województwa podlaskiego."
                    ),
                    en=(
                        "We wanted the Recommendation to include the opinions and positions of "
                        "representatives of various labour market groups – ones that will bring "
                        "tangible benefits to the whole of Podlaskie Voivodeship."
                    ),
                    es=(
                        "Queríamos que la Recomendación recogiera las opiniones y posturas de "
                        "representantes de distintos colectivos del mercado laboral, que aporten "
                        "beneficios tangibles a todo el voivodato de Podlaquia."
                    ),
                ),
            ],
        ),
        (
            "heading",
            T(
                pl="Dla kogo jest Rekomendacja",
                en="Who the Recommendation is for",
                es="A quién se dirige la Recomendación",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Rekomendacja ma być wsparciem dla doradców ds. zielonych miejsc pracy, "
                        "pracowników publicznych służb zatrudnienia, szkół zawodowych, instytucji "
                        "edukacyjnych oraz pracodawców."
                    ),
                    en=(
                        "The Recommendation is intended to support green jobs advisors, public "
                        "employment services staff, vocational schools, education institutions "
                        "and employers."
                    ),
                    es=(
                        "La Recomendación pretende servir de apoyo a los asesores de empleos "
                        "verdes, al personal de los servicios públicos de empleo, a los centros "
                        "de formación profesional, a las instituciones educativas y a los "
                        "empleadores."
                    ),
                ),
            ],
        ),
        (
            "heading",
            T(
                pl="Z czyich doświadczeń czerpiemy",
                en="Whose experience we draw on",
                es="En qué experiencia nos basamos",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Czerpiemy z doświadczeń partnerów ponadnarodowych z Wielkiej Brytanii i "
                        "Hiszpanii: stowarzyszenia Impact Housing Association z Cumbrii oraz "
                        "Fundación Parque Científico y Tecnológico de Extremadura."
                    ),
                    en=(
                        "We draw on the experience of our transnational partners from the United "
                        "Kingdom and Spain: Impact Housing Association from Cumbria and Fundación "
                        "Parque Científico y Tecnológico de Extremadura (Extremadura Science and "
                        "Technology Park Foundation)."
                    ),
                    es=(
                        "Nos basamos en la experiencia de nuestros socios transnacionales del "
                        "Reino Unido y España: Impact Housing Association, de Cumbria, y la "
                        "Fundación Parque Científico y Tecnológico de Extremadura."
                    ),
                ),
                T(
                    pl=(
                        "Rekomendacja jest wspólnym rozwiązaniem wypracowanym przez partnerstwo "
                        "publiczno-społeczne, w którym współpracują 34 podmioty z województwa "
                        "podlaskiego: administracja publiczna, organizacje pozarządowe i "
                        "przedsiębiorcy."
                    ),
                    en=(
                        "The Recommendation is a common solution worked out by the public-social "
                        "partnership, in which 34 organisations from Podlaskie Voivodeship "
                        "cooperate: public administration, non-governmental organisations and "
                        "businesses."
                    ),
                    es=(
                        "La Recomendación es una solución común elaborada por el partenariado "
                        "público-social, en el que colaboran 34 entidades del voivodato de "
                        "Podlaquia: administración pública, organizaciones no gubernamentales y "
                        "empresas."
                    ),
                ),
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
                "attribution": T(
                    pl="Prezentacja projektu, Wojewódzki Urząd Pracy w Białymstoku",
                    en="Project presentation, Regional Labour Office in Białystok",
                    es="Presentación del proyecto, Oficina Regional de Empleo de Białystok",
                ),
            },
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Rekomendacja nie zamyka pracy nad rozwojem zielonych miejsc pracy w "
                        "regionie – jest punktem wyjścia do dalszych działań instytucji rynku "
                        "pracy, szkół i pracodawców."
                    ),
                    en=(
                        "The Recommendation does not close the work on developing green jobs in "
                        "the region; it is a starting point for further action by labour market "
                        "institutions, schools and employers."
                    ),
                    es=(
                        "La Recomendación no cierra el trabajo de desarrollo de los empleos "
                        "verdes en la región, sino que es un punto de partida para nuevas "
                        "actuaciones de las instituciones del mercado laboral, los centros "
                        "educativos y los empleadores."
                    ),
                ),
            ],
        ),
    ],
}

_TRAINING_IN_PROJECT = T(
    pl="Szkolenie w projekcie",
    en="The training in the project",
    es="La formación en el proyecto",
)
_TRAINING_TOTAL = T(
    pl=(
        "Łącznie we wszystkich pięciu kierunkach szkoleń specjalistycznych w zakresie zielonych "
        "miejsc pracy przeszkolono w projekcie 148 osób."
    ),
    en=(
        "In total, 148 people were trained in the project across all five specialist training "
        "courses related to green jobs."
    ),
    es=(
        "En total, el proyecto formó a 148 personas en los cinco cursos de formación "
        "especializada relacionados con los empleos verdes."
    ),
)
_GENERAL_NOTE = T(
    pl=(
        "Powyższe informacje o zawodzie mają charakter ogólny i nie opisują szczegółowego "
        "programu szkolenia w projekcie."
    ),
    en=(
        "The information about the occupation given above is general and does not describe the "
        "detailed syllabus of the training in the project."
    ),
    es=(
        "La información anterior sobre la profesión es de carácter general y no describe el "
        "programa detallado de la formación del proyecto."
    ),
)
_WHERE = T(pl="Gdzie można pracować", en="Where they work", es="Dónde se trabaja")
_SKILLS = T(pl="Typowe umiejętności", en="Typical skills", es="Competencias habituales")
_QUALIFICATIONS = T(
    pl="Kwalifikacje i uprawnienia",
    en="Qualifications and certificates",
    es="Cualificaciones y certificados",
)

RES_INSTALLER = {
    "key": "renewable-energy-installer",
    "slug": T(
        pl="monter-i-konserwator-urzadzen-energii-odnawialnej",
        en="renewable-energy-equipment-installer",
        es="instalador-y-mantenedor-de-energias-renovables",
    ),
    "title": T(
        pl="Monter i konserwator urządzeń energii odnawialnej",
        en="Renewable energy equipment installer and maintenance technician",
        es="Instalador y mantenedor de equipos de energías renovables",
    ),
    "intro": T(
        pl=(
            "Montuje, uruchamia i serwisuje urządzenia, które wykorzystują energię słońca, ciepło "
            "otoczenia i biomasę."
        ),
        en=(
            "Installs, commissions and services equipment that uses solar energy, ambient heat "
            "and biomass."
        ),
        es=(
            "Instala, pone en marcha y mantiene equipos que aprovechan la energía solar, el calor "
            "ambiental y la biomasa."
        ),
    ),
    "body": [
        (
            "heading",
            T(
                pl="Czym zajmuje się monter urządzeń energii odnawialnej",
                en="What a renewable energy equipment installer does",
                es="Qué hace un instalador de equipos de energías renovables",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Monter i konserwator urządzeń energii odnawialnej instaluje, uruchamia i "
                        "utrzymuje w sprawności urządzenia wytwarzające energię elektryczną lub "
                        "ciepło ze źródeł odnawialnych. Najczęściej są to:"
                    ),
                    en=(
                        "A renewable energy equipment installer and maintenance technician "
                        "installs, commissions and maintains equipment that generates electricity "
                        "or heat from renewable sources. Most often this means:"
                    ),
                    es=(
                        "El instalador y mantenedor de equipos de energías renovables instala, "
                        "pone en marcha y mantiene en buen estado equipos que generan "
                        "electricidad o calor a partir de fuentes renovables. Por lo general, se "
                        "trata de:"
                    ),
                ),
            ],
        ),
        (
            "list",
            [
                T(
                    pl="kolektory słoneczne do podgrzewania wody",
                    en="solar collectors for water heating",
                    es="colectores solares para calentar agua",
                ),
                T(
                    pl="instalacje fotowoltaiczne wytwarzające energię elektryczną",
                    en="photovoltaic systems generating electricity",
                    es="instalaciones fotovoltaicas que generan electricidad",
                ),
                T(
                    pl="pompy ciepła, w tym z gruntowym dolnym źródłem",
                    en="heat pumps, including ground-source heat pumps",
                    es="bombas de calor, incluidas las geotérmicas",
                ),
                T(
                    pl="kotły i piece na biomasę, np. na pellet lub drewno",
                    en="biomass boilers and stoves, for example burning pellets or wood",
                    es="calderas y estufas de biomasa, por ejemplo de pellets o leña",
                ),
            ],
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Do jego zadań należą m.in. wybór miejsca montażu, wykonanie połączeń "
                        "hydraulicznych i elektrycznych, pierwsze uruchomienie, przeglądy "
                        "okresowe, usuwanie usterek oraz instruowanie użytkowników, jak "
                        "prawidłowo korzystać z instalacji."
                    ),
                    en=(
                        "The job includes choosing where to mount the equipment, making the "
                        "hydraulic and electrical connections, first start-up, periodic "
                        "inspections, fault repair and showing users how to operate the system "
                        "correctly."
                    ),
                    es=(
                        "Entre sus tareas figuran la elección del lugar de montaje, la ejecución "
                        "de las conexiones hidráulicas y eléctricas, la primera puesta en marcha, "
                        "las revisiones periódicas, la reparación de averías y la explicación a "
                        "los usuarios de cómo utilizar correctamente la instalación."
                    ),
                ),
            ],
        ),
        ("heading", _WHERE),
        (
            "text",
            [
                T(
                    pl=(
                        "Monterzy instalacji odnawialnych źródeł energii pracują w firmach "
                        "instalacyjnych i elektroinstalacyjnych, u producentów i dystrybutorów "
                        "urządzeń, w firmach serwisowych, a także na własny rachunek. Zlecenia "
                        "pochodzą od właścicieli domów, gospodarstw rolnych, przedsiębiorstw i "
                        "instytucji publicznych."
                    ),
                    en=(
                        "Renewable energy installers work for plumbing and heating firms and "
                        "electrical contractors, for equipment manufacturers and distributors, "
                        "for servicing companies, or on their own account. Their clients include "
                        "homeowners, farms, businesses and public institutions."
                    ),
                    es=(
                        "Los instaladores de energías renovables trabajan en empresas "
                        "instaladoras y de instalaciones eléctricas, en fabricantes y "
                        "distribuidores de equipos, en empresas de mantenimiento o por cuenta "
                        "propia. Sus clientes son propietarios de viviendas, explotaciones "
                        "agrarias, empresas e instituciones públicas."
                    ),
                ),
            ],
        ),
        ("heading", _SKILLS),
        (
            "list",
            [
                T(
                    pl="czytanie dokumentacji technicznej i schematów instalacji",
                    en="reading technical documentation and system diagrams",
                    es="lectura de documentación técnica y esquemas de instalación",
                ),
                T(
                    pl="podstawy hydrauliki, elektrotechniki i automatyki",
                    en="basic plumbing, electrical engineering and control systems",
                    es="nociones de fontanería, electrotecnia y automatización",
                ),
                T(
                    pl="bezpieczna praca na wysokości, np. na dachach",
                    en="working safely at height, for example on roofs",
                    es="trabajo seguro en altura, por ejemplo en tejados",
                ),
                T(
                    pl="diagnozowanie usterek i konserwacja urządzeń",
                    en="fault diagnosis and equipment maintenance",
                    es="diagnóstico de averías y mantenimiento de equipos",
                ),
            ],
        ),
        ("heading", _QUALIFICATIONS),
        (
            "text",
            [
                T(
                    pl=(
                        "Obecnie, na podstawie ustawy o odnawialnych źródłach energii, "
                        "instalatorzy małych instalacji OZE – kotłów i pieców na biomasę, "
                        "systemów fotowoltaicznych, słonecznych systemów grzewczych, pomp ciepła "
                        "i płytkich systemów geotermalnych – mogą uzyskać certyfikat wydawany "
                        "przez Urząd Dozoru Technicznego (UDT). Do pracy przy urządzeniach "
                        "elektrycznych potrzebne jest ponadto świadectwo kwalifikacji "
                        "uprawniające do ich eksploatacji. Szkoły zawodowe kształcą też w "
                        "zawodzie technik urządzeń i systemów energetyki odnawialnej."
                    ),
                    en=(
                        "Today, under Poland’s Act on Renewable Energy Sources, installers of "
                        "small renewable energy installations – biomass boilers and stoves, "
                        "photovoltaic systems, solar heating systems, heat pumps and shallow "
                        "geothermal systems – can obtain a certificate issued by the Office of "
                        "Technical Inspection (Urząd Dozoru Technicznego, UDT). Work on "
                        "electrical equipment also requires a qualification certificate "
                        "authorising its operation. Vocational schools also train renewable "
                        "energy equipment and systems technicians (technik urządzeń i systemów "
                        "energetyki odnawialnej)."
                    ),
                    es=(
                        "Actualmente, en virtud de la Ley polaca de fuentes de energía "
                        "renovables, los instaladores de pequeñas instalaciones renovables "
                        "–calderas y estufas de biomasa, sistemas fotovoltaicos, sistemas solares "
                        "térmicos, bombas de calor y sistemas geotérmicos someros– pueden obtener "
                        "un certificado expedido por la Oficina de Inspección Técnica (Urząd "
                        "Dozoru Technicznego, UDT). Para trabajar con equipos eléctricos se "
                        "necesita además un certificado de cualificación que habilite para su "
                        "explotación. Los centros de formación profesional forman también "
                        "técnicos en equipos y sistemas de energías renovables (technik urządzeń "
                        "i systemów energetyki odnawialnej)."
                    ),
                ),
            ],
        ),
        ("heading", _TRAINING_IN_PROJECT),
        ("text", [_TRAINING_TOTAL, _GENERAL_NOTE]),
    ],
}

WASTEWATER_INSTALLER = {
    "key": "wastewater-plant-installer",
    "slug": T(
        pl="monter-i-konserwator-przydomowych-oczyszczalni-sciekow",
        en="household-wastewater-treatment-plant-installer",
        es="instalador-y-mantenedor-de-depuradoras-domesticas",
    ),
    "title": T(
        pl="Monter i konserwator przydomowych oczyszczalni ścieków",
        en="Household wastewater treatment plant installer and maintenance technician",
        es="Instalador y mantenedor de depuradoras domésticas de aguas residuales",
    ),
    "intro": T(
        pl=(
            "Buduje i serwisuje przydomowe oczyszczalnie ścieków – rozwiązanie dla domów bez "
            "dostępu do kanalizacji, typowe dla terenów wiejskich."
        ),
        en=(
            "Builds and services household wastewater treatment plants – a solution for homes "
            "with no access to mains sewerage, typical of rural areas."
        ),
        es=(
            "Construye y mantiene depuradoras domésticas de aguas residuales, una solución para "
            "viviendas sin acceso al alcantarillado, habitual en las zonas rurales."
        ),
    ),
    "body": [
        (
            "heading",
            T(
                pl="Czym zajmuje się monter przydomowych oczyszczalni ścieków",
                en="What a household wastewater treatment plant installer does",
                es="Qué hace un instalador de depuradoras domésticas",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Przydomowa oczyszczalnia ścieków oczyszcza ścieki bytowe z jednego lub "
                        "kilku domów na miejscu, zamiast gromadzić je w szambie lub odprowadzać "
                        "do kanalizacji. Stosuje się m.in. oczyszczalnie z drenażem "
                        "rozsączającym, z osadem czynnym, ze złożem biologicznym oraz rozwiązania "
                        "hybrydowe."
                    ),
                    en=(
                        "A household wastewater treatment plant treats domestic sewage from one "
                        "or a few houses on site, instead of collecting it in a cesspool or "
                        "discharging it into the sewer. Common types include plants with a "
                        "soakaway drainage field, activated sludge plants, biological filter "
                        "plants and hybrid systems."
                    ),
                    es=(
                        "Una depuradora doméstica trata in situ las aguas residuales de una o "
                        "varias viviendas, en lugar de almacenarlas en una fosa séptica estanca o "
                        "verterlas al alcantarillado. Entre los tipos habituales figuran las "
                        "depuradoras con drenaje de infiltración, las de fangos activados, las de "
                        "lecho biológico y los sistemas híbridos."
                    ),
                ),
                T(
                    pl=(
                        "Monter przygotowuje montaż zgodnie z projektem i dokumentacją "
                        "producenta, osadza zbiorniki, wykonuje połączenia rurowe i drenaż, "
                        "podłącza urządzenia elektryczne, takie jak dmuchawy i pompy, a następnie "
                        "uruchamia instalację. Konserwacja obejmuje przeglądy, kontrolę pracy "
                        "urządzeń, organizowanie wywozu nadmiernego osadu i doradzanie "
                        "użytkownikom, jak prawidłowo eksploatować oczyszczalnię."
                    ),
                    en=(
                        "The installer prepares the installation in line with the design and the "
                        "manufacturer’s documentation, sets the tanks in place, lays the pipework "
                        "and drainage, connects electrical equipment such as blowers and pumps, "
                        "and then commissions the system. Maintenance covers inspections, "
                        "checking that the equipment works properly, arranging for excess sludge "
                        "to be removed and advising users on how to run the plant correctly."
                    ),
                    es=(
                        "El instalador prepara el montaje conforme al proyecto y a la "
                        "documentación del fabricante, coloca los depósitos, realiza las "
                        "conexiones de tuberías y el drenaje, conecta equipos eléctricos como "
                        "soplantes y bombas y, por último, pone en marcha la instalación. El "
                        "mantenimiento incluye las revisiones, el control del funcionamiento de "
                        "los equipos, la organización de la retirada del exceso de fangos y el "
                        "asesoramiento a los usuarios sobre el uso correcto de la depuradora."
                    ),
                ),
            ],
        ),
        ("heading", _WHERE),
        (
            "text",
            [
                T(
                    pl=(
                        "Zatrudnienie oferują firmy budowlane i instalacyjne, producenci i "
                        "dystrybutorzy oczyszczalni, przedsiębiorstwa wodociągowo-kanalizacyjne "
                        "oraz firmy serwisowe. Wiele osób prowadzi własną działalność, zwłaszcza "
                        "na terenach wiejskich, gdzie przydomowe oczyszczalnie są popularnym "
                        "rozwiązaniem."
                    ),
                    en=(
                        "Jobs are offered by construction and installation firms, manufacturers "
                        "and distributors of treatment plants, water and sewerage companies and "
                        "servicing firms. Many people run their own businesses, especially in "
                        "rural areas, where household treatment plants are a popular solution."
                    ),
                    es=(
                        "Ofrecen empleo las empresas de construcción e instalación, los "
                        "fabricantes y distribuidores de depuradoras, las empresas de agua y "
                        "saneamiento y las empresas de mantenimiento. Muchas personas trabajan "
                        "por cuenta propia, sobre todo en zonas rurales, donde las depuradoras "
                        "domésticas son una solución muy extendida."
                    ),
                ),
            ],
        ),
        ("heading", _SKILLS),
        (
            "list",
            [
                T(
                    pl="czytanie projektów i dokumentacji technicznej",
                    en="reading designs and technical documentation",
                    es="lectura de proyectos y documentación técnica",
                ),
                T(
                    pl="podstawy technologii oczyszczania ścieków",
                    en="the basics of wastewater treatment technology",
                    es="nociones de tecnología de depuración de aguas residuales",
                ),
                T(
                    pl="prace ziemne i montaż instalacji sanitarnych",
                    en="groundworks and installing drainage and plumbing",
                    es="movimiento de tierras y montaje de instalaciones de saneamiento",
                ),
                T(
                    pl="obsługa i konserwacja pomp oraz dmuchaw",
                    en="operating and maintaining pumps and blowers",
                    es="manejo y mantenimiento de bombas y soplantes",
                ),
                T(
                    pl="przestrzeganie zasad bezpieczeństwa przy pracy w wykopach i zbiornikach",
                    en="following safety rules when working in trenches and tanks",
                    es="cumplimiento de las normas de seguridad al trabajar en zanjas y depósitos",
                ),
            ],
        ),
        ("heading", _QUALIFICATIONS),
        (
            "text",
            [
                T(
                    pl=(
                        "Montaż przydomowych oczyszczalni ścieków zwykle nie wymaga odrębnego, "
                        "państwowego certyfikatu. Pracodawcy cenią doświadczenie w instalacjach "
                        "sanitarnych i szkolenia producentów systemów, a przy pracy z "
                        "urządzeniami elektrycznymi przydatne jest świadectwo kwalifikacji "
                        "uprawniające do ich eksploatacji. Sama budowa oczyszczalni podlega "
                        "przepisom prawa budowlanego i ochrony środowiska."
                    ),
                    en=(
                        "Installing household wastewater treatment plants does not usually "
                        "require a separate state certificate. Employers value experience in "
                        "plumbing and drainage and training provided by system manufacturers, and "
                        "a qualification certificate authorising the operation of electrical "
                        "equipment is useful when working with it. The construction of a "
                        "treatment plant itself is subject to building and environmental "
                        "protection law."
                    ),
                    es=(
                        "El montaje de depuradoras domésticas no suele exigir un certificado "
                        "oficial específico. Los empleadores valoran la experiencia en "
                        "instalaciones de saneamiento y la formación impartida por los "
                        "fabricantes, y para trabajar con equipos eléctricos resulta útil un "
                        "certificado de cualificación que habilite para su explotación. La "
                        "construcción de la depuradora en sí está sujeta a la normativa de "
                        "edificación y de protección del medio ambiente."
                    ),
                ),
            ],
        ),
        ("heading", _TRAINING_IN_PROJECT),
        ("text", [_TRAINING_TOTAL, _GENERAL_NOTE]),
    ],
}

RECYCLABLES_SORTER = {
    "key": "recyclables-sorter",
    "slug": T(
        pl="sortowacz-surowcow-wtornych-z-modulem-wozka-widlowego",
        en="recyclables-sorter-with-forklift-module",
        es="clasificador-de-materiales-reciclables-con-carretilla",
    ),
    "title": T(
        pl="Sortowacz surowców wtórnych z modułem wózka widłowego",
        en="Recyclable materials sorter with a forklift module",
        es="Clasificador de materiales reciclables con módulo de carretilla elevadora",
    ),
    "intro": T(
        pl=(
            "Wydobywa z odpadów surowce nadające się do ponownego przetworzenia. Moduł wózka "
            "widłowego przygotowuje dodatkowo do ich przemieszczania i składowania."
        ),
        en=(
            "Recovers materials that can be reprocessed from waste. The forklift module also "
            "prepares participants to move and store these materials."
        ),
        es=(
            "Separa de los residuos los materiales que pueden volver a procesarse. El módulo de "
            "carretilla elevadora prepara además para trasladarlos y almacenarlos."
        ),
    ),
    "body": [
        (
            "heading",
            T(
                pl="Czym zajmuje się sortowacz surowców wtórnych",
                en="What a recyclable materials sorter does",
                es="Qué hace un clasificador de materiales reciclables",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Sortowacz surowców wtórnych oddziela z odpadów materiały nadające się do "
                        "recyklingu: papier i tekturę, różne rodzaje tworzyw sztucznych (np. "
                        "butelki PET i folie), szkło oraz metale. Najczęściej pracuje przy taśmie "
                        "sortowniczej – ręcznie wybiera poszczególne frakcje i usuwa "
                        "zanieczyszczenia, które obniżają jakość surowca. Posegregowane materiały "
                        "są zwykle prasowane w bele i trafiają do zakładów przetwarzających."
                    ),
                    en=(
                        "A recyclable materials sorter separates recyclable materials from waste: "
                        "paper and cardboard, various types of plastic (such as PET bottles and "
                        "film), glass and metals. The work is usually done at a sorting conveyor, "
                        "picking out the individual fractions by hand and removing contaminants "
                        "that lower the quality of the material. The sorted materials are usually "
                        "pressed into bales and sent on to reprocessing plants."
                    ),
                    es=(
                        "El clasificador de materiales reciclables separa de los residuos los "
                        "materiales aptos para el reciclaje: papel y cartón, distintos tipos de "
                        "plástico (como botellas de PET y film), vidrio y metales. Normalmente "
                        "trabaja en una cinta de triaje, donde selecciona a mano las distintas "
                        "fracciones y retira los impropios que reducen la calidad del material. "
                        "Los materiales clasificados suelen prensarse en balas y enviarse a "
                        "plantas de reciclaje."
                    ),
                ),
                T(
                    pl=(
                        "Moduł wózka widłowego przygotowuje do obsługi wózka jezdniowego "
                        "podnośnikowego: przewożenia bel i pojemników, załadunku i rozładunku "
                        "pojazdów oraz składowania surowców na placu i w magazynie."
                    ),
                    en=(
                        "The forklift module prepares participants to operate a forklift truck: "
                        "moving bales and containers, loading and unloading vehicles, and "
                        "stacking materials in the yard and the warehouse."
                    ),
                    es=(
                        "El módulo de carretilla elevadora prepara para manejar este tipo de "
                        "vehículo: trasladar balas y contenedores, cargar y descargar vehículos y "
                        "almacenar los materiales en el patio y en el almacén."
                    ),
                ),
            ],
        ),
        ("heading", _WHERE),
        (
            "text",
            [
                T(
                    pl=(
                        "Sortowacze pracują w sortowniach odpadów komunalnych i zakładach "
                        "zagospodarowania odpadów, w firmach recyklingowych, w punktach skupu "
                        "surowców wtórnych oraz w przedsiębiorstwach, które same segregują odpady "
                        "produkcyjne. Umiejętność obsługi wózka widłowego przydaje się także w "
                        "magazynach i centrach logistycznych."
                    ),
                    en=(
                        "Sorters work in municipal waste sorting plants and waste management "
                        "facilities, recycling companies, scrap and recyclables collection "
                        "points, and businesses that sort their own production waste. Forklift "
                        "skills are also useful in warehouses and logistics centres."
                    ),
                    es=(
                        "Los clasificadores trabajan en plantas de clasificación de residuos "
                        "urbanos e instalaciones de gestión de residuos, en empresas de "
                        "reciclaje, en centros de compra de materiales reciclables y en empresas "
                        "que separan sus propios residuos de producción. Saber manejar una "
                        "carretilla elevadora también es útil en almacenes y centros logísticos."
                    ),
                ),
            ],
        ),
        ("heading", _SKILLS),
        (
            "list",
            [
                T(
                    pl="rozpoznawanie rodzajów surowców i ich oznaczeń",
                    en="recognising types of material and their markings",
                    es="identificación de los tipos de materiales y sus marcados",
                ),
                T(
                    pl="dokładność i tempo pracy przy taśmie",
                    en="accuracy and speed when working at the conveyor",
                    es="precisión y rapidez en el trabajo en la cinta",
                ),
                T(
                    pl=(
                        "przestrzeganie zasad bezpieczeństwa i higieny pracy, w tym stosowanie "
                        "środków ochrony indywidualnej"
                    ),
                    en=(
                        "following health and safety rules, including the use of personal "
                        "protective equipment"
                    ),
                    es=(
                        "cumplimiento de las normas de seguridad e higiene en el trabajo, "
                        "incluido el uso de equipos de protección individual"
                    ),
                ),
                T(
                    pl="bezpieczna obsługa wózka widłowego i prawidłowe składowanie ładunków",
                    en="safe forklift operation and correct stacking of loads",
                    es="manejo seguro de la carretilla elevadora y correcto apilado de las cargas",
                ),
            ],
        ),
        ("heading", _QUALIFICATIONS),
        (
            "text",
            [
                T(
                    pl=(
                        "Do obsługi wózków jezdniowych podnośnikowych z mechanicznym napędem "
                        "podnoszenia potrzebne jest zaświadczenie kwalifikacyjne wydawane przez "
                        "Urząd Dozoru Technicznego (UDT). Uzyskuje się je po zdaniu egzaminu "
                        "przed komisją UDT, który składa się z części teoretycznej i praktycznej. "
                        "Samo sortowanie odpadów nie wymaga szczególnych uprawnień, ale "
                        "pracodawca musi zapewnić szkolenie z zakresu bezpieczeństwa i higieny "
                        "pracy."
                    ),
                    en=(
                        "Operating powered industrial lift trucks (forklifts) in Poland requires "
                        "a qualification certificate issued by the Office of Technical Inspection "
                        "(Urząd Dozoru Technicznego, UDT). It is obtained by passing an "
                        "examination, with a theory part and a practical part, before a UDT "
                        "board. Sorting waste itself requires no special licence, but the "
                        "employer must provide health and safety training."
                    ),
                    es=(
                        "Para manejar carretillas elevadoras con mecanismo de elevación "
                        "motorizado en Polonia se necesita un certificado de cualificación "
                        "expedido por la Oficina de Inspección Técnica (Urząd Dozoru "
                        "Technicznego, UDT). Se obtiene tras aprobar un examen ante un tribunal "
                        "de la UDT, con una parte teórica y otra práctica. La clasificación de "
                        "residuos en sí no exige una habilitación especial, pero el empleador "
                        "debe impartir formación en seguridad e higiene en el trabajo."
                    ),
                ),
            ],
        ),
        ("heading", _TRAINING_IN_PROJECT),
        ("text", [_TRAINING_TOTAL, _GENERAL_NOTE]),
    ],
}

TOUR_GUIDE = {
    "key": "tour-guide",
    "slug": T(
        pl="profesjonalny-przewodnik-turystyczny",
        en="professional-tourist-guide",
        es="guia-turistico-profesional",
    ),
    "title": T(
        pl="Profesjonalny przewodnik turystyczny",
        en="Professional tourist guide",
        es="Guía turístico profesional",
    ),
    "intro": T(
        pl=(
            "Oprowadza turystów i przybliża im przyrodę, historię i kulturę regionu – coraz "
            "częściej w formie turystyki przyrodniczej i ekoturystyki."
        ),
        en=(
            "Shows visitors around and introduces them to a region’s nature, history and culture "
            "– increasingly in the form of nature tourism and ecotourism."
        ),
        es=(
            "Acompaña a los visitantes y les da a conocer la naturaleza, la historia y la cultura "
            "de una región, cada vez más en forma de turismo de naturaleza y ecoturismo."
        ),
    ),
    "body": [
        (
            "heading",
            T(
                pl="Czym zajmuje się przewodnik turystyczny",
                en="What a tourist guide does",
                es="Qué hace un guía turístico",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Przewodnik turystyczny oprowadza grupy i osoby indywidualne po miastach, "
                        "szlakach, muzeach i obszarach chronionych. Przygotowuje trasy, "
                        "przekazuje wiedzę o przyrodzie, historii i kulturze odwiedzanych miejsc, "
                        "dba o bezpieczeństwo uczestników i o przestrzeganie zasad obowiązujących "
                        "np. w parkach narodowych."
                    ),
                    en=(
                        "A tourist guide leads groups and individual visitors around towns, "
                        "trails, museums and protected areas. Guides plan routes, share knowledge "
                        "of the nature, history and culture of the places visited, and look after "
                        "participants’ safety and compliance with the rules that apply, for "
                        "example, in national parks."
                    ),
                    es=(
                        "El guía turístico acompaña a grupos y visitantes individuales por "
                        "ciudades, rutas, museos y espacios protegidos. Prepara los itinerarios, "
                        "transmite conocimientos sobre la naturaleza, la historia y la cultura de "
                        "los lugares visitados y vela por la seguridad de los participantes y por "
                        "el respeto de las normas vigentes, por ejemplo, en los parques "
                        "nacionales."
                    ),
                ),
                T(
                    pl=(
                        "Z zielonymi miejscami pracy łączy ten zawód turystyka przyrodnicza i "
                        "ekoturystyka, czyli podróżowanie nastawione na poznawanie przyrody z "
                        "poszanowaniem środowiska i z korzyścią dla lokalnych społeczności. "
                        "Województwo podlaskie ma tu wiele do zaoferowania: na jego terenie leżą "
                        "cztery parki narodowe – Białowieski, Biebrzański, Narwiański i Wigierski."
                    ),
                    en=(
                        "The occupation is linked to green jobs through nature tourism and "
                        "ecotourism: travel focused on discovering nature in a way that respects "
                        "the environment and benefits local communities. Podlaskie Voivodeship "
                        "has a great deal to offer here: it is home to four national parks – "
                        "Białowieża, Biebrza, Narew and Wigry."
                    ),
                    es=(
                        "Esta profesión se vincula a los empleos verdes a través del turismo de "
                        "naturaleza y el ecoturismo, es decir, viajes orientados a conocer la "
                        "naturaleza respetando el medio ambiente y en beneficio de las "
                        "comunidades locales. El voivodato de Podlaquia tiene mucho que ofrecer "
                        "en este terreno: en él se encuentran cuatro parques nacionales, los de "
                        "Białowieża, Biebrza, Narew y Wigry."
                    ),
                ),
            ],
        ),
        ("heading", _WHERE),
        (
            "text",
            [
                T(
                    pl=(
                        "Przewodnicy współpracują z biurami podróży i organizacjami "
                        "turystycznymi, parkami narodowymi i krajobrazowymi, muzeami oraz "
                        "gospodarstwami agroturystycznymi. Wielu z nich działa na własny "
                        "rachunek, często sezonowo."
                    ),
                    en=(
                        "Guides work with travel agencies and tourism organisations, national and "
                        "landscape parks, museums and agritourism farms. Many are self-employed, "
                        "often working seasonally."
                    ),
                    es=(
                        "Los guías colaboran con agencias de viajes y organizaciones turísticas, "
                        "parques nacionales y paisajísticos, museos y alojamientos de "
                        "agroturismo. Muchos trabajan por cuenta propia, a menudo por temporadas."
                    ),
                ),
            ],
        ),
        ("heading", _SKILLS),
        (
            "list",
            [
                T(
                    pl="rzetelna wiedza o przyrodzie, historii i kulturze regionu",
                    en="sound knowledge of the region’s nature, history and culture",
                    es=(
                        "conocimiento riguroso de la naturaleza, la historia y la cultura de la "
                        "región"
                    ),
                ),
                T(
                    pl="umiejętność ciekawego opowiadania i pracy z grupą",
                    en="engaging storytelling and group management",
                    es="capacidad de narrar de forma amena y de trabajar con grupos",
                ),
                T(
                    pl="planowanie tras i organizacja czasu",
                    en="route planning and time management",
                    es="planificación de itinerarios y organización del tiempo",
                ),
                T(
                    pl="znajomość języków obcych",
                    en="knowledge of foreign languages",
                    es="conocimiento de idiomas extranjeros",
                ),
                T(
                    pl="udzielanie pierwszej pomocy",
                    en="first aid",
                    es="primeros auxilios",
                ),
            ],
        ),
        ("heading", _QUALIFICATIONS),
        (
            "text",
            [
                T(
                    pl=(
                        "Od 1 stycznia 2014 roku wykonywanie zawodu przewodnika turystycznego w "
                        "Polsce nie wymaga państwowej licencji – zawód został zderegulowany. "
                        "Niektóre parki narodowe dopuszczają jednak do oprowadzania po wybranych "
                        "obszarach wyłącznie przewodników, którym nadały własne uprawnienia. W "
                        "praktyce liczą się też kursy przewodnickie, organizowane np. przez "
                        "Polskie Towarzystwo Turystyczno-Krajoznawcze (PTTK)."
                    ),
                    en=(
                        "Since 1 January 2014, working as a tourist guide in Poland has not "
                        "required a state licence, as the profession has been deregulated. "
                        "However, some national parks allow only guides they have authorised "
                        "themselves to lead visitors in certain areas. In practice, guiding "
                        "courses, run for example by the Polish Tourist and Sightseeing Society "
                        "(Polskie Towarzystwo Turystyczno-Krajoznawcze, PTTK), also count."
                    ),
                    es=(
                        "Desde el 1 de enero de 2014, ejercer de guía turístico en Polonia no "
                        "requiere una licencia oficial, ya que la profesión se liberalizó. No "
                        "obstante, algunos parques nacionales solo permiten guiar en determinadas "
                        "zonas a los guías que ellos mismos han habilitado. En la práctica, "
                        "también cuentan los cursos de guía, organizados por ejemplo por la "
                        "Sociedad Polaca de Turismo y Excursionismo (Polskie Towarzystwo "
                        "Turystyczno-Krajoznawcze, PTTK)."
                    ),
                ),
            ],
        ),
        ("heading", _TRAINING_IN_PROJECT),
        ("text", [_TRAINING_TOTAL, _GENERAL_NOTE]),
    ],
}

NUTRITION_SPECIALIST = {
    "key": "nutrition-specialist",
    "slug": T(
        pl="specjalista-ds-zywienia-dietetyki-i-zdrowego-stylu-zycia",
        en="nutrition-dietetics-and-healthy-lifestyle-specialist",
        es="especialista-en-nutricion-dietetica-y-vida-saludable",
    ),
    "title": T(
        pl="Specjalista ds. żywienia, dietetyki i zdrowego stylu życia",
        en="Nutrition, dietetics and healthy lifestyle specialist",
        es="Especialista en nutrición, dietética y estilo de vida saludable",
    ),
    "intro": T(
        pl=(
            "Doradza, jak zdrowo się odżywiać i prowadzić zdrowy styl życia, oraz promuje żywność "
            "dobrej jakości, w tym lokalną i ekologiczną."
        ),
        en=(
            "Advises people on healthy eating and a healthy lifestyle, and promotes good-quality "
            "food, including local and organic produce."
        ),
        es=(
            "Asesora sobre alimentación y hábitos de vida saludables y promueve los alimentos de "
            "calidad, incluidos los productos locales y ecológicos."
        ),
    ),
    "body": [
        (
            "heading",
            T(
                pl="Czym zajmuje się specjalista ds. żywienia",
                en="What a nutrition specialist does",
                es="Qué hace un especialista en nutrición",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Specjalista ds. żywienia, dietetyki i zdrowego stylu życia ocenia sposób "
                        "odżywiania klientów, układa jadłospisy dostosowane do ich wieku, "
                        "aktywności i potrzeb, prowadzi edukację żywieniową oraz zachęca do "
                        "aktywności fizycznej i zdrowych nawyków. Może też doradzać placówkom "
                        "żywienia zbiorowego w planowaniu zbilansowanych posiłków."
                    ),
                    en=(
                        "A nutrition, dietetics and healthy lifestyle specialist assesses "
                        "clients’ eating habits, draws up meal plans suited to their age, "
                        "activity and needs, provides nutrition education and encourages physical "
                        "activity and healthy habits. Specialists may also advise mass catering "
                        "establishments on planning balanced meals."
                    ),
                    es=(
                        "El especialista en nutrición, dietética y estilo de vida saludable "
                        "evalúa la alimentación de sus clientes, elabora menús adaptados a su "
                        "edad, actividad y necesidades, imparte educación nutricional y fomenta "
                        "la actividad física y los hábitos saludables. También puede asesorar a "
                        "servicios de restauración colectiva en la planificación de comidas "
                        "equilibradas."
                    ),
                ),
                T(
                    pl=(
                        "Z zieloną gospodarką łączy ten zawód promowanie żywności lokalnej, "
                        "sezonowej i ekologicznej, ograniczanie marnowania żywności oraz rozwój "
                        "usług prozdrowotnych, np. w turystyce i agroturystyce."
                    ),
                    en=(
                        "The occupation is linked to the green economy through promoting local, "
                        "seasonal and organic food, reducing food waste and developing "
                        "health-promoting services, for example in tourism and agritourism."
                    ),
                    es=(
                        "Esta profesión se vincula a la economía verde a través de la promoción "
                        "de alimentos locales, de temporada y ecológicos, la reducción del "
                        "desperdicio alimentario y el desarrollo de servicios de promoción de la "
                        "salud, por ejemplo en el turismo y el agroturismo."
                    ),
                ),
            ],
        ),
        ("heading", _WHERE),
        (
            "text",
            [
                T(
                    pl=(
                        "Specjaliści ds. żywienia pracują w poradniach dietetycznych, klubach "
                        "fitness i ośrodkach odnowy biologicznej, w obiektach turystycznych i "
                        "uzdrowiskowych, w firmach cateringowych i stołówkach oraz w sklepach ze "
                        "zdrową żywnością. Wielu prowadzi własną działalność doradczą."
                    ),
                    en=(
                        "Nutrition specialists work in dietary advice clinics, fitness clubs and "
                        "wellness centres, tourist and spa facilities, catering companies and "
                        "canteens, and health food shops. Many run their own advisory businesses."
                    ),
                    es=(
                        "Los especialistas en nutrición trabajan en consultas de dietética, "
                        "gimnasios y centros de bienestar, establecimientos turísticos y "
                        "balnearios, empresas de catering y comedores colectivos, así como en "
                        "tiendas de alimentación saludable. Muchos tienen su propia consulta."
                    ),
                ),
            ],
        ),
        ("heading", _SKILLS),
        (
            "list",
            [
                T(
                    pl="wiedza o składnikach odżywczych i zasadach zdrowego żywienia",
                    en="knowledge of nutrients and the principles of healthy eating",
                    es=(
                        "conocimiento de los nutrientes y de los principios de una alimentación "
                        "saludable"
                    ),
                ),
                T(
                    pl="układanie jadłospisów i obliczanie wartości odżywczej posiłków",
                    en="planning menus and calculating the nutritional value of meals",
                    es="elaboración de menús y cálculo del valor nutricional de las comidas",
                ),
                T(
                    pl="prowadzenie rozmowy z klientem i motywowanie do zmiany nawyków",
                    en="talking with clients and motivating them to change their habits",
                    es="entrevista con el cliente y motivación para cambiar hábitos",
                ),
                T(
                    pl="prowadzenie warsztatów i zajęć edukacyjnych",
                    en="running workshops and educational sessions",
                    es="impartición de talleres y actividades educativas",
                ),
            ],
        ),
        ("heading", _QUALIFICATIONS),
        (
            "text",
            [
                T(
                    pl=(
                        "Stanowisko dietetyka w placówkach ochrony zdrowia wymaga z reguły "
                        "wykształcenia kierunkowego: ukończenia studiów z zakresu dietetyki lub "
                        "uzyskania tytułu technika dietetyka. Kursy specjalistyczne przygotowują "
                        "przede wszystkim do doradztwa i edukacji żywieniowej poza lecznictwem, "
                        "np. w turystyce, rekreacji i handlu. Specjalista ds. żywienia nie "
                        "zastępuje lekarza – w przypadku chorób dietę należy ustalać we "
                        "współpracy z personelem medycznym."
                    ),
                    en=(
                        "A dietitian’s post in healthcare facilities generally requires a "
                        "specialised education: a degree in dietetics or the vocational title of "
                        "dietetic technician (technik dietetyk). Specialist courses mainly "
                        "prepare people for nutrition advice and education outside healthcare, "
                        "for example in tourism, leisure and retail. A nutrition specialist is no "
                        "substitute for a doctor: where illness is involved, diets should be set "
                        "in cooperation with medical staff."
                    ),
                    es=(
                        "Un puesto de dietista en centros sanitarios exige por lo general una "
                        "formación específica: estudios universitarios de dietética o el título "
                        "de técnico en dietética (technik dietetyk). Los cursos especializados "
                        "preparan sobre todo para el asesoramiento y la educación nutricional "
                        "fuera del ámbito sanitario, por ejemplo en el turismo, el ocio y el "
                        "comercio. El especialista en nutrición no sustituye al médico: en caso "
                        "de enfermedad, la dieta debe establecerse en colaboración con el "
                        "personal sanitario."
                    ),
                ),
            ],
        ),
        ("heading", _TRAINING_IN_PROJECT),
        ("text", [_TRAINING_TOTAL, _GENERAL_NOTE]),
    ],
}

TRAININGS_INDEX = {
    "slug": T(
        pl="szkolenia-specjalistyczne",
        en="specialist-training",
        es="formacion-especializada",
    ),
    "title": T(
        pl="Szkolenia specjalistyczne w zakresie zielonych miejsc pracy",
        en="Specialist training in green jobs",
        es="Formación especializada en empleos verdes",
    ),
    "intro": T(
        pl=(
            "W ramach projektu przeszkolono 148 osób w pięciu specjalnościach związanych z "
            "zielonymi miejscami pracy."
        ),
        en="The project trained 148 people in five specialisms related to green jobs.",
        es=(
            "El proyecto formó a 148 personas en cinco especialidades relacionadas con los "
            "empleos verdes."
        ),
    ),
    "body": [
        (
            "heading",
            T(
                pl="Dlaczego szkolenia?",
                en="Why training?",
                es="¿Por qué formación?",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Doświadczenia krajów Unii Europejskiej wskazują, że zielona gospodarka "
                        "będzie absorbowała coraz większą liczbę pracowników. Pociąga to za sobą "
                        "potrzebę kształcenia kadr, edukacji ekologicznej oraz zmiany świadomości "
                        "społeczeństwa."
                    ),
                    en=(
                        "The experience of European Union countries shows that the green economy "
                        "will absorb a growing number of workers. This brings with it the need to "
                        "train staff, provide ecological education and change public awareness."
                    ),
                    es=(
                        "La experiencia de los países de la Unión Europea indica que la economía "
                        "verde absorberá a un número cada vez mayor de trabajadores. Ello "
                        "conlleva la necesidad de formar personal, impulsar la educación "
                        "ecológica y cambiar la conciencia de la sociedad."
                    ),
                ),
                T(
                    pl=(
                        "Szkolenia specjalistyczne miały na celu podniesienie, uzupełnienie lub "
                        "zmianę kwalifikacji zawodowych uczestników projektu w obszarze zielonych "
                        "miejsc pracy."
                    ),
                    en=(
                        "The specialist training was intended to raise, complement or change the "
                        "professional qualifications of project participants in the field of "
                        "green jobs."
                    ),
                    es=(
                        "La formación especializada tenía por objeto mejorar, completar o cambiar "
                        "las cualificaciones profesionales de los participantes del proyecto en "
                        "el ámbito de los empleos verdes."
                    ),
                ),
            ],
        ),
        (
            "key_figures",
            [
                {
                    "value": T(pl="148", en="148", es="148"),
                    "label": T(
                        pl="osób przeszkolonych",
                        en="people trained",
                        es="personas formadas",
                    ),
                },
                {
                    "value": T(pl="5", en="5", es="5"),
                    "label": T(
                        pl="kierunków szkoleń",
                        en="training courses",
                        es="cursos de formación",
                    ),
                },
            ],
        ),
        (
            "heading",
            T(
                pl="Kierunki szkoleń",
                en="Training courses",
                es="Cursos de formación",
            ),
        ),
        (
            "list",
            [
                RES_INSTALLER["title"],
                WASTEWATER_INSTALLER["title"],
                RECYCLABLES_SORTER["title"],
                TOUR_GUIDE["title"],
                NUTRITION_SPECIALIST["title"],
            ],
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Na stronach poszczególnych szkoleń opisujemy ogólnie, czym zajmują się "
                        "osoby w danym zawodzie, gdzie mogą pracować i jakie kwalifikacje są w "
                        "nim przydatne."
                    ),
                    en=(
                        "The pages on the individual courses give a general description of what "
                        "people in each occupation do, where they can work and which "
                        "qualifications are useful."
                    ),
                    es=(
                        "En las páginas de cada curso se describe de forma general a qué se "
                        "dedican las personas de cada profesión, dónde pueden trabajar y qué "
                        "cualificaciones les resultan útiles."
                    ),
                ),
                T(
                    pl=(
                        "Około 30% uczestników projektu zostało skierowanych na staże zawodowe "
                        "trwające od 3 do 6 miesięcy."
                    ),
                    en=(
                        "About 30% of project participants were referred to internships lasting "
                        "from 3 to 6 months."
                    ),
                    es=(
                        "Alrededor del 30 % de los participantes del proyecto fueron derivados a "
                        "prácticas profesionales de entre 3 y 6 meses."
                    ),
                ),
            ],
        ),
    ],
    "trainings": [
        RES_INSTALLER,
        WASTEWATER_INSTALLER,
        RECYCLABLES_SORTER,
        TOUR_GUIDE,
        NUTRITION_SPECIALIST,
    ],
}

INTERNSHIPS = {
    "slug": T(pl="staze-zawodowe", en="internships", es="practicas-profesionales"),
    "title": T(pl="Staże zawodowe", en="Internships", es="Prácticas profesionales"),
    "intro": T(
        pl=(
            "Około 30% uczestników projektu zostało skierowanych na staże zawodowe trwające od 3 "
            "do 6 miesięcy, a całkowity koszt ich organizacji pokrywany był ze środków projektu."
        ),
        en=(
            "About 30% of project participants were referred to internships lasting from 3 to 6 "
            "months, and the entire cost of organising them was covered from project funds."
        ),
        es=(
            "Alrededor del 30 % de los participantes del proyecto fueron derivados a prácticas "
            "profesionales de entre 3 y 6 meses, cuyo coste de organización se sufragó "
            "íntegramente con fondos del proyecto."
        ),
    ),
    "body": [
        (
            "heading",
            T(
                pl="Zasady staży w projekcie",
                en="How internships worked in the project",
                es="Cómo funcionaron las prácticas en el proyecto",
            ),
        ),
        (
            "list",
            [
                T(
                    pl="Na staże zawodowe skierowano około 30% uczestników projektu.",
                    en="About 30% of project participants were referred to internships.",
                    es=(
                        "Alrededor del 30 % de los participantes del proyecto fueron derivados a "
                        "prácticas profesionales."
                    ),
                ),
                T(
                    pl=(
                        "Całkowity koszt związany z organizacją stażu zawodowego był pokrywany ze "
                        "środków projektu."
                    ),
                    en=(
                        "The entire cost of organising each internship was covered from project "
                        "funds."
                    ),
                    es=(
                        "El coste total de la organización de las prácticas se sufragó con fondos "
                        "del proyecto."
                    ),
                ),
                T(
                    pl="Staż trwał od 3 do 6 miesięcy.",
                    en="Internships lasted from 3 to 6 months.",
                    es="Las prácticas duraban entre 3 y 6 meses.",
                ),
            ],
        ),
        (
            "key_figures",
            [
                {
                    "value": T(pl="ok. 30%", en="about 30%", es="aprox. 30 %"),
                    "label": T(
                        pl="uczestników skierowanych na staże",
                        en="of participants referred to internships",
                        es="de participantes derivados a prácticas",
                    ),
                },
                {
                    "value": T(pl="3–6", en="3–6", es="3–6"),
                    "label": T(
                        pl="miesięcy trwania stażu",
                        en="months per internship",
                        es="meses de duración de las prácticas",
                    ),
                },
                {
                    "value": T(pl="100%", en="100%", es="100 %"),
                    "label": T(
                        pl="kosztów organizacji stażu pokrytych ze środków projektu",
                        en="of internship organisation costs covered from project funds",
                        es="de los costes de organización cubiertos con fondos del proyecto",
                    ),
                },
            ],
        ),
        (
            "heading",
            T(pl="Czym jest staż", en="What an internship is", es="Qué son las prácticas"),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Staż to znana z polskiego rynku pracy forma wsparcia, w której uczestnik "
                        "nabywa umiejętności praktyczne, wykonując zadania w miejscu pracy bez "
                        "nawiązywania stosunku pracy z pracodawcą. Zazwyczaj odbywa się według "
                        "ustalonego programu i pod okiem opiekuna wskazanego przez pracodawcę."
                    ),
                    en=(
                        "An internship (staż) is a well-established form of support on the Polish "
                        "labour market in which participants acquire practical skills by carrying "
                        "out tasks in the workplace without entering into an employment "
                        "relationship with the employer. It usually follows an agreed programme "
                        "under the guidance of a supervisor appointed by the employer."
                    ),
                    es=(
                        "Las prácticas profesionales (staż) son una forma de apoyo muy arraigada "
                        "en el mercado laboral polaco en la que el participante adquiere "
                        "competencias prácticas realizando tareas en el lugar de trabajo sin "
                        "establecer una relación laboral con el empleador. Suelen seguir un "
                        "programa acordado, bajo la supervisión de un tutor designado por el "
                        "empleador."
                    ),
                ),
            ],
        ),
        (
            "heading",
            T(
                pl="Co staż daje uczestnikowi",
                en="What an internship offers participants",
                es="Qué aportan las prácticas al participante",
            ),
        ),
        (
            "list",
            [
                T(
                    pl=(
                        "praktyczne doświadczenie zawodowe w nowej dziedzinie, np. w zielonej "
                        "gospodarce"
                    ),
                    en="practical work experience in a new field, such as the green economy",
                    es=(
                        "experiencia profesional práctica en un ámbito nuevo, como la economía "
                        "verde"
                    ),
                ),
                T(
                    pl="możliwość sprawdzenia w praktyce kwalifikacji zdobytych na szkoleniu",
                    en="a chance to put the qualifications gained in training into practice",
                    es=(
                        "la posibilidad de poner en práctica las cualificaciones adquiridas en la "
                        "formación"
                    ),
                ),
                T(
                    pl="nowy wpis w CV i możliwość uzyskania opinii lub referencji od pracodawcy",
                    en="a new entry on the CV and the possibility of a reference from the employer",
                    es=(
                        "una nueva línea en el currículum y la posibilidad de obtener referencias "
                        "del empleador"
                    ),
                ),
                T(
                    pl="kontakty zawodowe, które mogą ułatwić znalezienie pracy",
                    en="professional contacts that can make it easier to find work",
                    es="contactos profesionales que pueden facilitar la búsqueda de empleo",
                ),
            ],
        ),
        (
            "heading",
            T(
                pl="Co staż daje pracodawcy",
                en="What an internship offers employers",
                es="Qué aportan las prácticas al empleador",
            ),
        ),
        (
            "list",
            [
                T(
                    pl=(
                        "możliwość poznania kandydata w praktyce, zanim zapadnie decyzja o "
                        "zatrudnieniu"
                    ),
                    en="the chance to see a candidate at work before deciding whether to hire them",
                    es=(
                        "la posibilidad de conocer al candidato en la práctica antes de decidir "
                        "su contratación"
                    ),
                ),
                T(
                    pl="przygotowanie przyszłego pracownika do potrzeb własnej firmy",
                    en="preparing a future employee for the company’s own needs",
                    es=(
                        "la preparación de un futuro trabajador según las necesidades de la "
                        "propia empresa"
                    ),
                ),
                T(
                    pl=(
                        "wsparcie w codziennej pracy bez ponoszenia kosztów organizacji stażu, "
                        "które w projekcie pokrywane były z jego środków"
                    ),
                    en=(
                        "help with day-to-day work without bearing the costs of organising the "
                        "internship, which in the project were covered from project funds"
                    ),
                    es=(
                        "apoyo en el trabajo diario sin asumir los costes de organización de las "
                        "prácticas, que en el proyecto se cubrían con fondos propios del proyecto"
                    ),
                ),
            ],
        ),
    ],
}

PROMOTION = {
    "slug": T(
        pl="promocja-zielonych-miejsc-pracy",
        en="promoting-green-jobs",
        es="promocion-de-los-empleos-verdes",
    ),
    "title": T(
        pl="Promocja zielonych miejsc pracy",
        en="Promoting green jobs",
        es="Promoción de los empleos verdes",
    ),
    "intro": T(
        pl=(
            "Kampania informacyjno-promocyjna skierowana do grupy docelowej projektu miała "
            "zwiększyć świadomość w zakresie zielonych miejsc pracy."
        ),
        en=(
            "An information and promotion campaign aimed at the project’s target group was "
            "designed to raise awareness of green jobs."
        ),
        es=(
            "Una campaña de información y promoción dirigida al grupo destinatario del proyecto "
            "tenía como fin aumentar la concienciación sobre los empleos verdes."
        ),
    ),
    "series_intro": T(
        pl=(
            "Odcinki programu telewizyjnego „ZIELONE MIEJSCA PRACY”, zrealizowanego w ramach "
            "projektu:"
        ),
        en=(
            "Episodes of the TV programme “ZIELONE MIEJSCA PRACY” (Green Jobs), produced as part "
            "of the project:"
        ),
        es=(
            "Episodios del programa de televisión «ZIELONE MIEJSCA PRACY» (Empleos verdes), "
            "realizado en el marco del proyecto:"
        ),
    ),
    "body": [
        (
            "heading",
            T(
                pl="Kampania informacyjno-promocyjna",
                en="The information and promotion campaign",
                es="La campaña de información y promoción",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Promocja zielonych miejsc pracy była jednym z zadań projektu. "
                        "Zorganizowano kampanię promocyjno-informacyjną skierowaną do grupy "
                        "docelowej, dzięki której miała wzrosnąć świadomość w zakresie zielonych "
                        "miejsc pracy. Kampania objęła:"
                    ),
                    en=(
                        "Promoting green jobs was one of the project’s tasks. A promotion and "
                        "information campaign was organised for the target group to raise "
                        "awareness of green jobs. The campaign comprised:"
                    ),
                    es=(
                        "La promoción de los empleos verdes fue una de las tareas del proyecto. "
                        "Se organizó una campaña de promoción e información dirigida al grupo "
                        "destinatario para aumentar la concienciación sobre los empleos verdes. "
                        "La campaña incluyó:"
                    ),
                ),
            ],
        ),
        (
            "list",
            [
                T(pl="audycje radiowe", en="radio broadcasts", es="programas de radio"),
                T(
                    pl="informacje w prasie regionalnej",
                    en="information in the regional press",
                    es="información en la prensa regional",
                ),
                T(
                    pl="materiały informacyjno-promocyjne",
                    en="information and promotional materials",
                    es="materiales informativos y promocionales",
                ),
                T(
                    pl="realizację programu telewizyjnego „ZIELONE MIEJSCA PRACY” – 15 odcinków",
                    en=(
                        "the production of the TV programme “ZIELONE MIEJSCA PRACY” (Green Jobs) "
                        "– 15 episodes"
                    ),
                    es=(
                        "la realización del programa de televisión «ZIELONE MIEJSCA PRACY» "
                        "(Empleos verdes), de 15 episodios"
                    ),
                ),
            ],
        ),
        (
            "heading",
            T(
                pl="Program telewizyjny „ZIELONE MIEJSCA PRACY”",
                en="The TV programme “ZIELONE MIEJSCA PRACY”",
                es="El programa de televisión «ZIELONE MIEJSCA PRACY»",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Częścią kampanii był program telewizyjny „ZIELONE MIEJSCA PRACY”, "
                        "zrealizowany w 15 odcinkach."
                    ),
                    en=(
                        "The campaign included the TV programme “ZIELONE MIEJSCA PRACY”, produced "
                        "in 15 episodes."
                    ),
                    es=(
                        "La campaña incluyó el programa de televisión «ZIELONE MIEJSCA PRACY», "
                        "realizado en 15 episodios."
                    ),
                ),
                T(
                    pl=(
                        "Ogólnie rzecz biorąc, telewizja, radio i prasa regionalna pozwalają "
                        "dotrzeć z informacją o zielonych zawodach również do osób, które na co "
                        "dzień nie korzystają z usług instytucji rynku pracy."
                    ),
                    en=(
                        "Generally speaking, television, radio and the regional press make it "
                        "possible to reach people with information about green occupations even "
                        "if they do not normally use the services of labour market institutions."
                    ),
                    es=(
                        "En términos generales, la televisión, la radio y la prensa regional "
                        "permiten hacer llegar la información sobre las profesiones verdes "
                        "también a quienes no suelen recurrir a los servicios de las "
                        "instituciones del mercado laboral."
                    ),
                ),
            ],
        ),
        (
            "key_figures",
            [
                {
                    "value": T(pl="15", en="15", es="15"),
                    "label": T(
                        pl="odcinków programu telewizyjnego",
                        en="TV programme episodes",
                        es="episodios del programa de televisión",
                    ),
                },
                {
                    "value": T(pl="4", en="4", es="4"),
                    "label": T(
                        pl="formy kampanii: radio, prasa, materiały i telewizja",
                        en="campaign channels: radio, press, materials and television",
                        es="canales de la campaña: radio, prensa, materiales y televisión",
                    ),
                },
            ],
        ),
    ],
}

ADVISORS = {
    "slug": T(
        pl="siec-doradcow-ds-zielonych-miejsc-pracy",
        en="green-jobs-advisors-network",
        es="red-de-asesores-de-empleos-verdes",
    ),
    "title": T(
        pl="Sieć doradców ds. zielonych miejsc pracy",
        en="Network of green jobs advisors",
        es="Red de asesores de empleos verdes",
    ),
    "intro": T(
        pl=(
            "Spośród pracowników instytucji rynku pracy wyłoniono 30 kandydatów na doradców ds. "
            "zielonych miejsc pracy (ZMP). Przeszkoleni doradcy udzielili łącznie 600 godzin "
            "konsultacji."
        ),
        en=(
            "Thirty candidates for green jobs advisors (doradcy ds. zielonych miejsc pracy, ZMP) "
            "were selected from among the staff of labour market institutions. Once trained, the "
            "advisors provided a total of 600 hours of consultations."
        ),
        es=(
            "Se seleccionaron 30 candidatos a asesores de empleos verdes (doradcy ds. zielonych "
            "miejsc pracy, ZMP) entre el personal de las instituciones del mercado laboral. Una "
            "vez formados, los asesores prestaron en total 600 horas de consultas."
        ),
    ),
    "body": [
        (
            "heading",
            T(
                pl="Jak powstała sieć doradców",
                en="How the advisors’ network was created",
                es="Cómo se creó la red de asesores",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Stworzenie sieci doradców ds. zielonych miejsc pracy było jednym z zadań "
                        "projektu. Spośród pracowników instytucji rynku pracy wyłoniliśmy 30 "
                        "kandydatów na doradców, którzy zostali przeszkoleni w pięciu blokach "
                        "tematycznych:"
                    ),
                    en=(
                        "Creating a network of green jobs advisors was one of the project’s "
                        "tasks. We selected 30 candidates for advisors from among the staff of "
                        "labour market institutions, and they were trained in five thematic "
                        "blocks:"
                    ),
                    es=(
                        "La creación de una red de asesores de empleos verdes fue una de las "
                        "tareas del proyecto. Seleccionamos a 30 candidatos a asesores entre el "
                        "personal de las instituciones del mercado laboral, que recibieron "
                        "formación en cinco bloques temáticos:"
                    ),
                ),
            ],
        ),
        (
            "list",
            [
                T(
                    pl="gospodarowanie odpadami",
                    en="waste management",
                    es="gestión de residuos",
                ),
                T(
                    pl="odnawialne źródła energii",
                    en="renewable energy sources",
                    es="fuentes de energía renovables",
                ),
                T(pl="powietrze i klimat", en="air and climate", es="aire y clima"),
                T(pl="woda i ścieki", en="water and wastewater", es="agua y aguas residuales"),
                T(
                    pl="szkolenie administracyjne",
                    en="administrative training",
                    es="formación administrativa",
                ),
            ],
        ),
        (
            "heading",
            T(
                pl="Doradcy w gminach i powiatach",
                en="Advisors in municipalities and counties",
                es="Asesores en municipios y distritos",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Aby zaprezentować swoje kompetencje i usługi z zakresu zielonego rynku "
                        "pracy, przeszkoleni doradcy zorganizowali spotkania informacyjne w "
                        "gminach i powiatach – każdy doradca na swoim terenie."
                    ),
                    en=(
                        "To present their skills and services relating to the green labour "
                        "market, the trained advisors organised information meetings in "
                        "municipalities (gminy) and counties (powiaty), each advisor in their own "
                        "area."
                    ),
                    es=(
                        "Para dar a conocer sus competencias y servicios relacionados con el "
                        "mercado laboral verde, los asesores formados organizaron reuniones "
                        "informativas en municipios (gminy) y distritos (powiaty), cada uno en su "
                        "propio territorio."
                    ),
                ),
                T(
                    pl=(
                        "Doradcy udzielili też łącznie 600 godzin konsultacji z obszaru zielonych "
                        "miejsc pracy."
                    ),
                    en=(
                        "The advisors also provided a total of 600 hours of consultations on "
                        "green jobs."
                    ),
                    es=(
                        "Los asesores prestaron además un total de 600 horas de consultas sobre "
                        "empleos verdes."
                    ),
                ),
            ],
        ),
        (
            "key_figures",
            [
                {
                    "value": T(pl="30", en="30", es="30"),
                    "label": T(
                        pl="kandydatów na doradców ds. ZMP",
                        en="candidates for green jobs advisors",
                        es="candidatos a asesores de empleos verdes",
                    ),
                },
                {
                    "value": T(pl="5", en="5", es="5"),
                    "label": T(
                        pl="bloków tematycznych szkolenia",
                        en="thematic training blocks",
                        es="bloques temáticos de formación",
                    ),
                },
                {
                    "value": T(pl="600 h", en="600 h", es="600 h"),
                    "label": T(
                        pl="konsultacji z obszaru ZMP",
                        en="of consultations on green jobs",
                        es="de consultas sobre empleos verdes",
                    ),
                },
            ],
        ),
        (
            "heading",
            T(
                pl="W czym może pomóc doradca ds. zielonych miejsc pracy",
                en="How a green jobs advisor can help",
                es="En qué puede ayudar un asesor de empleos verdes",
            ),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Ogólnie rzecz biorąc, doradca ds. zielonych miejsc pracy łączy doradztwo "
                        "zawodowe z wiedzą o sektorach zielonej gospodarki. Może pomóc osobie "
                        "szukającej pracy zorientować się, jakie zawody i kwalifikacje są "
                        "potrzebne np. w gospodarce odpadami czy energetyce odnawialnej, a "
                        "pracodawcy – znaleźć informacje o szkoleniach i możliwościach rozwoju "
                        "kadr w tych dziedzinach."
                    ),
                    en=(
                        "Generally speaking, a green jobs advisor combines careers guidance with "
                        "knowledge of the sectors of the green economy. An advisor can help job "
                        "seekers find out which occupations and qualifications are needed in "
                        "fields such as waste management or renewable energy, and help employers "
                        "find information on training and staff development opportunities in "
                        "these fields."
                    ),
                    es=(
                        "En términos generales, el asesor de empleos verdes combina la "
                        "orientación profesional con el conocimiento de los sectores de la "
                        "economía verde. Puede ayudar a quienes buscan empleo a saber qué "
                        "profesiones y cualificaciones se necesitan, por ejemplo, en la gestión "
                        "de residuos o las energías renovables, y a los empleadores a encontrar "
                        "información sobre formación y oportunidades de desarrollo del personal "
                        "en estos ámbitos."
                    ),
                ),
            ],
        ),
    ],
}

CONTACT = {
    "slug": T(pl="kontakt", en="contact", es="contacto"),
    "title": T(pl="Kontakt", en="Contact", es="Contacto"),
    "intro": T(
        pl=(
            "Pytania dotyczące projektu „Partnerstwo na rzecz rozwoju i promocji zielonych miejsc "
            "pracy” można kierować do koordynatora projektu w Wojewódzkim Urzędzie Pracy w "
            "Białymstoku."
        ),
        en=(
            "Questions about the project “Partnership for the Development and Promotion of Green "
            "Jobs” can be addressed to the project coordinator at the Regional Labour Office in "
            "Białystok (Wojewódzki Urząd Pracy w Białymstoku)."
        ),
        es=(
            "Las preguntas sobre el proyecto «Partenariado para el desarrollo y la promoción de "
            "los empleos verdes» pueden dirigirse a la coordinadora del proyecto en la Oficina "
            "Regional de Empleo de Białystok (Wojewódzki Urząd Pracy w Białymstoku)."
        ),
    ),
    "coordinator": T(
        pl="Elżbieta Gorczkowska, Koordynator projektu",
        en="Elżbieta Gorczkowska, Project Coordinator",
        es="Elżbieta Gorczkowska, coordinadora del proyecto",
    ),
    "institution": T(
        pl="Wojewódzki Urząd Pracy w Białymstoku",
        en="Regional Labour Office in Białystok",
        es="Oficina Regional de Empleo de Białystok",
    ),
    "phone": "85 74 97 254",
    "form_intro": T(
        pl=(
            "Można też napisać do nas za pomocą poniższego formularza. Odpowiemy najszybciej, jak "
            "to możliwe."
        ),
        en="You can also write to us using the form below. We will reply as soon as possible.",
        es=(
            "También puede escribirnos mediante el siguiente formulario. Le responderemos lo "
            "antes posible."
        ),
    ),
    "thank_you": T(
        pl="Dziękujemy za wiadomość. Otrzymaliśmy ją i wkrótce odpowiemy.",
        en="Thank you for your message. We have received it and will reply shortly.",
        es="Gracias por su mensaje. Lo hemos recibido y le responderemos en breve.",
    ),
    "privacy_notice": T(
        pl=(
            "Wojewódzki Urząd Pracy w Białymstoku przetwarza dane podane w formularzu wyłącznie w "
            "celu udzielenia odpowiedzi na wiadomość. Szczegóły znajdują się w informacji o "
            "ochronie danych osobowych."
        ),
        en=(
            "The Regional Labour Office in Białystok processes the data provided in this form "
            "solely in order to reply to your message. Details are given in the privacy notice."
        ),
        es=(
            "La Oficina Regional de Empleo de Białystok trata los datos facilitados en este "
            "formulario únicamente para responder a su mensaje. Encontrará más información en el "
            "aviso de privacidad."
        ),
    ),
    "body": [
        (
            "heading",
            T(pl="Koordynator projektu", en="Project coordinator", es="Coordinadora del proyecto"),
        ),
        (
            "text",
            [
                T(
                    pl=(
                        "Koordynatorem projektu jest Elżbieta Gorczkowska z Wojewódzkiego Urzędu "
                        "Pracy w Białymstoku. Zapraszamy do kontaktu telefonicznego pod numerem "
                        "85 74 97 254 lub przez formularz kontaktowy."
                    ),
                    en=(
                        "The project coordinator is Elżbieta Gorczkowska of the Regional Labour "
                        "Office in Białystok. Please call 85 74 97 254 or use the contact form."
                    ),
                    es=(
                        "La coordinadora del proyecto es Elżbieta Gorczkowska, de la Oficina "
                        "Regional de Empleo de Białystok. Puede llamar al 85 74 97 254 o utilizar "
                        "el formulario de contacto."
                    ),
                ),
            ],
        ),
        (
            "heading",
            T(
                pl="W jakich sprawach warto się z nami skontaktować",
                en="What you can contact us about",
                es="Sobre qué puede consultarnos",
            ),
        ),
        (
            "list",
            [
                T(
                    pl="partnerstwo publiczno-społeczne i współpraca ponadnarodowa",
                    en="the public-social partnership and transnational cooperation",
                    es="el partenariado público-social y la cooperación transnacional",
                ),
                T(
                    pl=(
                        "Rekomendacja nt. rozwoju zielonych miejsc pracy na terenie województwa "
                        "podlaskiego"
                    ),
                    en="Recommendation on the Development of Green Jobs in Podlaskie Voivodeship",
                    es=(
                        "Recomendación sobre el desarrollo de empleos verdes en el voivodato de "
                        "Podlaquia"
                    ),
                ),
                T(
                    pl="szkolenia specjalistyczne i staże zawodowe",
                    en="specialist training and internships",
                    es="la formación especializada y las prácticas profesionales",
                ),
                T(
                    pl="sieć doradców ds. zielonych miejsc pracy",
                    en="the network of green jobs advisors",
                    es="la red de asesores de empleos verdes",
                ),
                T(
                    pl=(
                        "promocja zielonych miejsc pracy, w tym program telewizyjny „ZIELONE "
                        "MIEJSCA PRACY”"
                    ),
                    en=(
                        "the promotion of green jobs, including the TV programme “ZIELONE MIEJSCA "
                        "PRACY”"
                    ),
                    es=(
                        "la promoción de los empleos verdes, incluido el programa de televisión "
                        "«ZIELONE MIEJSCA PRACY»"
                    ),
                ),
            ],
        ),
    ],
}
