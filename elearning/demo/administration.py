"""Demo course: block "szkolenie administracyjne" (administrative training) for green-jobs advisors."""

from core.demo.text import T

COURSE = {
    "key": "administration",
    "illustration": "administration",
    "slug": T(
        pl="szkolenie-administracyjne", en="administrative-training", es="formacion-administrativa"
    ),
    "title": T(
        pl="Szkolenie administracyjne dla doradcy ds. zielonych miejsc pracy",
        en="Administrative training for green-jobs advisors",
        es="Formación administrativa para asesores de empleos verdes",
    ),
    "summary": T(
        pl="Rola doradcy ds. zielonych miejsc pracy, instytucje rynku pracy, podstawy postępowania administracyjnego, instrumenty wsparcia z ustawy o rynku pracy z 2025 r., fundusze UE oraz prowadzenie spotkań i konsultacji z poszanowaniem RODO.",
        en="The role of the green-jobs advisor, labour-market institutions, the basics of administrative procedure, support instruments under the 2025 labour market act, EU funds, and running meetings and consultations in line with the GDPR.",
        es="El papel del asesor de empleos verdes, las instituciones del mercado laboral, nociones básicas de procedimiento administrativo, los instrumentos de apoyo de la ley del mercado laboral de 2025, los fondos de la UE y la organización de reuniones y consultas respetando el RGPD.",
    ),
    "description": [
        T(
            pl="Szkolenie administracyjne było jednym z pięciu bloków tematycznych, w których Wojewódzki Urząd Pracy w Białymstoku przeszkolił 30 kandydatów na doradców ds. zielonych miejsc pracy, wyłonionych spośród pracowników instytucji rynku pracy. Pozostałe bloki dotyczyły gospodarowania odpadami, odnawialnych źródeł energii, powietrza i klimatu oraz wody i ścieków.",
            en="Administrative training was one of the five thematic blocks in which the Regional Labour Office in Białystok trained 30 candidate green-jobs advisors, selected from among the staff of labour-market institutions. The other blocks covered waste management, renewable energy sources, air and climate, and water and wastewater.",
            es="La formación administrativa fue uno de los cinco bloques temáticos en los que la Oficina Regional de Empleo de Białystok formó a 30 candidatos a asesores de empleos verdes, seleccionados entre el personal de las instituciones del mercado laboral. Los demás bloques trataron la gestión de residuos, las fuentes de energía renovables, el aire y el clima, y el agua y las aguas residuales.",
        ),
        T(
            pl="Kurs łączy wiedzę o instytucjach i procedurach z praktyką doradczą: jak wyjaśnić klientowi różnicę między informacją a decyzją, jak dobrać instrument wsparcia do planu zawodowego, gdzie szukać finansowania z funduszy europejskich i jak przygotować spotkanie informacyjne w gminie. Opisujemy stan prawny z jesieni 2026 r., w tym ustawę z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia; kwoty i limity, które często się zmieniają, zawsze sprawdzaj w aktualnych przepisach.",
            en="The course combines knowledge of institutions and procedures with advisory practice: how to explain to a client the difference between information and a decision, how to match a support instrument to a career plan, where to look for EU funding and how to prepare an information meeting in a municipality. We describe the law as it stood in autumn 2026, including the Act of 20 March 2025 on the labour market and employment services; always check amounts and limits, which change often, in the current legislation.",
            es="El curso combina el conocimiento de instituciones y procedimientos con la práctica del asesoramiento: cómo explicar a un cliente la diferencia entre una información y una resolución, cómo ajustar un instrumento de apoyo a un plan profesional, dónde buscar financiación de los fondos europeos y cómo preparar una reunión informativa en un municipio. Describimos la normativa vigente en otoño de 2026, incluida la Ley de 20 de marzo de 2025 sobre el mercado laboral y los servicios de empleo; los importes y límites, que cambian a menudo, compruébalos siempre en la normativa vigente.",
        ),
    ],
    "outcomes": [
        T(
            pl="Opisać rolę doradcy ds. zielonych miejsc pracy oraz zadania powiatowych i wojewódzkich urzędów pracy.",
            en="Describe the role of the green-jobs advisor and the tasks of county and voivodeship labour offices.",
            es="Describir el papel del asesor de empleos verdes y las funciones de las oficinas de empleo de distrito y de voivodato.",
        ),
        T(
            pl="Stosować w kontakcie z klientem ogólne zasady Kodeksu postępowania administracyjnego i poprawnie informować o terminach i środkach zaskarżenia.",
            en="Apply the general principles of the Code of Administrative Procedure when dealing with clients and give correct information on time limits and means of appeal.",
            es="Aplicar en la relación con los clientes los principios generales del Código de Procedimiento Administrativo e informar correctamente sobre plazos y recursos.",
        ),
        T(
            pl="Odróżnić decyzję administracyjną od informacji, zaświadczenia i umowy zawieranej z urzędem pracy.",
            en="Distinguish an administrative decision from information, a certificate and a contract concluded with the labour office.",
            es="Distinguir una resolución administrativa de una información, un certificado y un contrato celebrado con la oficina de empleo.",
        ),
        T(
            pl="Dobrać do sytuacji klienta instrumenty z ustawy o rynku pracy i służbach zatrudnienia oraz środki Krajowego Funduszu Szkoleniowego.",
            en="Match instruments under the Act on the labour market and employment services, and National Training Fund resources, to a client’s situation.",
            es="Ajustar a la situación del cliente los instrumentos de la ley sobre el mercado laboral y los servicios de empleo y los recursos del Fondo Nacional de Formación.",
        ),
        T(
            pl="Wskazać źródła finansowania zielonych miejsc pracy z EFS+, programu FEnIKS i programu Fundusze Europejskie dla Podlaskiego 2021–2027.",
            en="Identify sources of funding for green jobs from the ESF+, the FEnIKS programme and the European Funds for Podlaskie 2021–2027 programme.",
            es="Identificar fuentes de financiación de empleos verdes del FSE+, del programa FEnIKS y del programa Fondos Europeos para Podlaquia 2021-2027.",
        ),
        T(
            pl="Zaplanować spotkanie informacyjne i konsultację indywidualną zgodnie z zasadami ochrony danych osobowych (RODO).",
            en="Plan an information meeting and an individual consultation in line with personal data protection rules (GDPR).",
            es="Planificar una reunión informativa y una consulta individual conforme a las normas de protección de datos personales (RGPD).",
        ),
    ],
    "estimated_minutes": 90,
    "pass_mark": 70,
    "glossary": [
        {
            "term": T(
                pl="Doradca ds. zielonych miejsc pracy",
                en="Green-jobs advisor",
                es="Asesor de empleos verdes",
            ),
            "definition": T(
                pl="Pracownik instytucji rynku pracy przygotowany do doradzania klientom – osobom szukającym pracy i pracodawcom – w sprawach zielonych zawodów, kwalifikacji i form wsparcia. W projekcie WUP w Białymstoku z lat 2011–2013 sieć takich doradców utworzyło 30 przeszkolonych osób.",
                en="A member of staff of a labour-market institution prepared to advise clients – jobseekers and employers – on green occupations, qualifications and forms of support. In the 2011–2013 project of the Regional Labour Office in Białystok, a network of such advisors was formed by 30 trained people.",
                es="Profesional de una institución del mercado laboral preparado para asesorar a sus clientes –demandantes de empleo y empleadores– sobre profesiones verdes, cualificaciones y formas de apoyo. En el proyecto de la Oficina Regional de Empleo de Białystok de 2011-2013, la red de estos asesores la formaron 30 personas capacitadas.",
            ),
        },
        {
            "term": T(
                pl="Publiczne służby zatrudnienia",
                en="Public employment services",
                es="Servicios públicos de empleo",
            ),
            "definition": T(
                pl="Instytucje publiczne realizujące zadania państwa na rynku pracy – przede wszystkim powiatowe i wojewódzkie urzędy pracy, a na poziomie krajowym minister właściwy do spraw pracy. Ich zadania określa ustawa z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia.",
                en="Public institutions that carry out the state’s tasks on the labour market – above all county and voivodeship labour offices and, at national level, the minister responsible for labour. Their tasks are set out in the Act of 20 March 2025 on the labour market and employment services.",
                es="Instituciones públicas que desempeñan las funciones del Estado en el mercado laboral: sobre todo las oficinas de empleo de distrito y de voivodato y, a escala nacional, el ministro competente en materia de trabajo. Sus funciones las establece la Ley de 20 de marzo de 2025 sobre el mercado laboral y los servicios de empleo.",
            ),
        },
        {
            "term": T(
                pl="Decyzja administracyjna",
                en="Administrative decision",
                es="Resolución administrativa",
            ),
            "definition": T(
                pl="Jednostronny, władczy akt organu administracji publicznej, który rozstrzyga indywidualną sprawę co do jej istoty albo w inny sposób kończy postępowanie w danej instancji (art. 104 KPA). Zawiera m.in. podstawę prawną, uzasadnienie i pouczenie o środkach zaskarżenia (art. 107 KPA).",
                en="A unilateral, authoritative act of a public administration body that settles an individual case on its merits or otherwise ends the proceedings at a given instance (Article 104 of the Code of Administrative Procedure). It contains, among other things, the legal basis, a statement of reasons and information on the means of appeal (Article 107).",
                es="Acto unilateral y de autoridad de un órgano de la administración pública que resuelve un asunto individual en cuanto al fondo o pone fin de otro modo al procedimiento en una instancia (artículo 104 del Código de Procedimiento Administrativo). Contiene, entre otros elementos, el fundamento jurídico, la motivación y la indicación de los recursos procedentes (artículo 107).",
            ),
        },
        {
            "term": T(
                pl="Ponaglenie",
                en="Formal reminder (ponaglenie)",
                es="Requerimiento de celeridad (ponaglenie)",
            ),
            "definition": T(
                pl="Środek, którym strona reaguje na bezczynność organu (niezałatwienie sprawy w terminie) lub przewlekłe prowadzenie postępowania. Wnosi się je do organu wyższego stopnia za pośrednictwem organu prowadzącego sprawę; ponaglenie zawiera uzasadnienie (art. 37 KPA).",
                en="The means by which a party responds to an authority’s inaction (failure to settle a case on time) or to excessively lengthy proceedings. It is lodged with the higher-level authority through the authority handling the case and must state its reasons (Article 37 of the Code of Administrative Procedure).",
                es="Medio con el que la parte reacciona ante la inactividad del órgano (no resolver el asunto en plazo) o ante la dilación del procedimiento. Se presenta ante el órgano superior a través del órgano que tramita el asunto y debe ir motivado (artículo 37 del Código de Procedimiento Administrativo).",
            ),
        },
        {
            "term": T(pl="Staż", en="Traineeship (staż)", es="Prácticas (staż)"),
            "definition": T(
                pl="Forma aktywizacji, w której bezrobotny nabywa wiedzę i umiejętności, wykonując zadania w miejscu pracy bez nawiązania stosunku pracy, na podstawie umowy starosty z organizatorem stażu i bezrobotnym. Według ustawy z 2025 r. trwa zasadniczo od 3 do 6 miesięcy; stażysta otrzymuje stypendium.",
                en="A form of activation in which an unemployed person gains knowledge and skills by performing tasks in a workplace without an employment relationship, under a contract between the starost, the traineeship organiser and the unemployed person. Under the 2025 act it normally lasts from 3 to 6 months; the trainee receives a stipend.",
                es="Medida de activación en la que la persona desempleada adquiere conocimientos y habilidades realizando tareas en un centro de trabajo sin relación laboral, en virtud de un contrato entre el starosta, la entidad organizadora y la persona desempleada. Según la ley de 2025, dura en principio de 3 a 6 meses; la persona en prácticas percibe una beca.",
            ),
        },
        {
            "term": T(
                pl="Krajowy Fundusz Szkoleniowy (KFS)",
                en="National Training Fund (KFS)",
                es="Fondo Nacional de Formación (KFS)",
            ),
            "definition": T(
                pl="Wydzielona część Funduszu Pracy, z której powiatowy urząd pracy finansuje kształcenie ustawiczne osób pracujących – kursy, studia podyplomowe, egzaminy i związane z nimi koszty. Środki przyznaje się na wniosek, w naborach, z uwzględnieniem corocznych priorytetów.",
                en="A separate part of the Labour Fund from which the county labour office finances lifelong learning for people in work – courses, postgraduate studies, examinations and related costs. Funds are granted on application, in calls for applications, taking into account annual priorities.",
                es="Parte diferenciada del Fondo de Trabajo con la que la oficina de empleo del distrito financia la formación permanente de personas ocupadas: cursos, estudios de posgrado, exámenes y gastos relacionados. Los recursos se conceden a solicitud, en convocatorias, teniendo en cuenta las prioridades anuales.",
            ),
        },
        {
            "term": T(
                pl="Europejski Fundusz Społeczny Plus (EFS+)",
                en="European Social Fund Plus (ESF+)",
                es="Fondo Social Europeo Plus (FSE+)",
            ),
            "definition": T(
                pl="Główny instrument UE służący inwestowaniu w ludzi w latach 2021–2027: zatrudnienie, edukacja, umiejętności i włączenie społeczne. W Polsce jest wdrażany przez krajowy program Fundusze Europejskie dla Rozwoju Społecznego oraz programy regionalne, w tym Fundusze Europejskie dla Podlaskiego 2021–2027.",
                en="The EU’s main instrument for investing in people in 2021–2027: employment, education, skills and social inclusion. In Poland it is implemented through the national European Funds for Social Development programme and regional programmes, including European Funds for Podlaskie 2021–2027.",
                es="Principal instrumento de la UE para invertir en las personas en 2021-2027: empleo, educación, competencias e inclusión social. En Polonia se aplica a través del programa nacional Fondos Europeos para el Desarrollo Social y de programas regionales, entre ellos Fondos Europeos para Podlaquia 2021-2027.",
            ),
        },
        {
            "term": T(
                pl="Zasada minimalizacji danych",
                en="Data minimisation principle",
                es="Principio de minimización de datos",
            ),
            "definition": T(
                pl="Jedna z zasad RODO (art. 5 ust. 1 lit. c): dane osobowe muszą być adekwatne, stosowne oraz ograniczone do tego, co niezbędne do celów, w których są przetwarzane.",
                en="One of the GDPR principles (Article 5(1)(c)): personal data must be adequate, relevant and limited to what is necessary in relation to the purposes for which they are processed.",
                es="Uno de los principios del RGPD (artículo 5, apartado 1, letra c): los datos personales deben ser adecuados, pertinentes y limitados a lo necesario en relación con los fines para los que se tratan.",
            ),
        },
    ],
    "lessons": [
        {
            "slug": T(
                pl="doradca-i-instytucje-rynku-pracy",
                en="the-advisor-and-labour-market-institutions",
                es="el-asesor-y-las-instituciones-del-mercado-laboral",
            ),
            "title": T(
                pl="Doradca ds. zielonych miejsc pracy i instytucje rynku pracy",
                en="The green-jobs advisor and labour-market institutions",
                es="El asesor de empleos verdes y las instituciones del mercado laboral",
            ),
            "summary": T(
                pl="Skąd wzięła się sieć doradców ZMP, czym są zielone miejsca pracy, co robi doradca i jak działają powiatowe i wojewódzkie urzędy pracy po reformie z 2025 r.",
                en="Where the ZMP advisors’ network came from, what green jobs are, what the advisor does and how county and voivodeship labour offices work after the 2025 reform.",
                es="De dónde surgió la red de asesores ZMP, qué son los empleos verdes, qué hace el asesor y cómo funcionan las oficinas de empleo de distrito y de voivodato tras la reforma de 2025.",
            ),
            "body": [
                (
                    "heading",
                    T(
                        pl="Skąd wzięła się sieć doradców",
                        en="Where the advisors’ network came from",
                        es="De dónde surgió la red de asesores",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="W latach 2011–2013 Wojewódzki Urząd Pracy w Białymstoku realizował projekt „Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy”, finansowany w ramach Programu Operacyjnego Kapitał Ludzki. Jednym z jego zadań było stworzenie sieci doradców ds. zielonych miejsc pracy. Spośród pracowników instytucji rynku pracy wyłoniono 30 kandydatów, których przeszkolono w pięciu blokach tematycznych: gospodarowanie odpadami, odnawialne źródła energii, powietrze i klimat, woda i ścieki oraz szkolenie administracyjne.",
                            en="In 2011–2013 the Regional Labour Office in Białystok ran the project ‘Partnership for the development and promotion of green jobs’, funded under the Human Capital Operational Programme. One of its tasks was to create a network of green-jobs advisors. Thirty candidates were selected from among the staff of labour-market institutions and trained in five thematic blocks: waste management, renewable energy sources, air and climate, water and wastewater, and administrative training.",
                            es="Entre 2011 y 2013, la Oficina Regional de Empleo de Białystok ejecutó el proyecto «Partenariado para el desarrollo y la promoción de los empleos verdes», financiado por el Programa Operativo Capital Humano. Una de sus tareas fue crear una red de asesores de empleos verdes. Se seleccionó a 30 candidatos entre el personal de las instituciones del mercado laboral y se les formó en cinco bloques temáticos: gestión de residuos, fuentes de energía renovables, aire y clima, agua y aguas residuales, y formación administrativa.",
                        ),
                        T(
                            pl="Przeszkoleni doradcy, aby zaprezentować swoje kompetencje i usługi, zorganizowali spotkania informacyjne w gminach i powiatach – każdy na swoim terenie – i udzielili łącznie 600 godzin konsultacji z obszaru zielonych miejsc pracy. Projekt obejmował też partnerstwo publiczno-społeczne 34 podmiotów z województwa podlaskiego, które wypracowało Rekomendację dotyczącą rozwoju zielonych miejsc pracy w regionie, a także współpracę z partnerami z Cumbrii w Wielkiej Brytanii i z Estremadury w Hiszpanii.",
                            en="To present their skills and services, the trained advisors organised information meetings in municipalities and counties – each in his or her own area – and gave a total of 600 hours of consultations on green jobs. The project also included a public–social partnership of 34 organisations from Podlaskie Voivodeship, which drew up a Recommendation on the development of green jobs in the region, and cooperation with partners from Cumbria in the United Kingdom and Extremadura in Spain.",
                            es="Para presentar sus competencias y servicios, los asesores formados organizaron reuniones informativas en municipios y distritos –cada uno en su zona– y prestaron en total 600 horas de consultas sobre empleos verdes. El proyecto incluyó además un partenariado público-social de 34 entidades del voivodato de Podlaquia, que elaboró una Recomendación sobre el desarrollo de los empleos verdes en la región, y la cooperación con socios de Cumbria, en el Reino Unido, y de Extremadura, en España.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Zielone miejsca pracy – o czym mówimy",
                        en="Green jobs – what we mean",
                        es="Empleos verdes: de qué hablamos",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Międzynarodowa Organizacja Pracy opisuje zielone miejsca pracy jako godną pracę, która przyczynia się do ochrony lub przywracania stanu środowiska – zarówno w tradycyjnych branżach, takich jak przetwórstwo czy budownictwo, jak i w nowych sektorach, np. odnawialnych źródeł energii czy efektywności energetycznej. Dla doradcy ważne są oba elementy tej definicji: praca ma służyć środowisku, ale ma też być pracą godną – bezpieczną, legalną i uczciwie wynagradzaną.",
                            en="The International Labour Organization describes green jobs as decent work that contributes to preserving or restoring the environment – both in traditional sectors such as manufacturing or construction and in new sectors such as renewable energy or energy efficiency. Both parts of this definition matter to an advisor: the work should benefit the environment, but it should also be decent work – safe, legal and fairly paid.",
                            es="La Organización Internacional del Trabajo describe los empleos verdes como trabajo decente que contribuye a preservar o restaurar el medio ambiente, tanto en sectores tradicionales como la industria manufacturera o la construcción como en sectores nuevos, por ejemplo las energías renovables o la eficiencia energética. Para el asesor, ambos elementos de esta definición son importantes: el trabajo debe beneficiar al medio ambiente, pero también ha de ser trabajo decente, es decir, seguro, legal y remunerado de forma justa.",
                        ),
                        T(
                            pl="W praktyce zielona praca to nie tylko nowe zawody. Często jest to dobrze znany zawód – elektryk, hydraulik, ogrodnik, magazynier – wykonywany z nowymi kompetencjami. Dlatego szkolenia specjalistyczne projektu ZMP dotyczyły montażu i konserwacji urządzeń energii odnawialnej oraz przydomowych oczyszczalni ścieków, sortowania surowców wtórnych z modułem wózka widłowego, a także zawodów profesjonalnego przewodnika turystycznego oraz specjalisty ds. żywienia, dietetyki i zdrowego stylu życia. Ukończyło je łącznie 148 osób.",
                            en="In practice, green work is not only about new occupations. Often it is a familiar occupation – electrician, plumber, gardener, warehouse worker – carried out with new skills. That is why the ZMP project’s specialist training covered installing and maintaining renewable energy equipment and household wastewater treatment plants, sorting secondary raw materials with a forklift module, and the occupations of professional tour guide and specialist in nutrition, dietetics and healthy lifestyles. A total of 148 people completed it.",
                            es="En la práctica, el trabajo verde no se limita a profesiones nuevas. A menudo se trata de un oficio conocido –electricista, fontanero, jardinero, mozo de almacén– ejercido con nuevas competencias. Por eso las formaciones especializadas del proyecto ZMP trataron la instalación y el mantenimiento de equipos de energía renovable y de depuradoras domésticas de aguas residuales, la clasificación de materias primas secundarias con un módulo de carretilla elevadora, y las profesiones de guía turístico profesional y de especialista en nutrición, dietética y estilo de vida saludable. Las completaron en total 148 personas.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Kim jest doradca ds. zielonych miejsc pracy",
                        en="Who the green-jobs advisor is",
                        es="Quién es el asesor de empleos verdes",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Doradca ds. zielonych miejsc pracy nie jest odrębnym zawodem regulowanym. To specjalizacja pracownika instytucji rynku pracy – doradcy zawodowego, pośrednika pracy, specjalisty ds. programów czy ds. rozwoju zawodowego – który dodatkowo zna sektory zielonej gospodarki i potrafi przełożyć tę wiedzę na konkretne porady. Do jego typowych zadań należy:",
                            en="The green-jobs advisor is not a separate regulated profession. It is a specialisation of a member of staff of a labour-market institution – a careers advisor, job broker, programme specialist or professional development specialist – who also knows the sectors of the green economy and can turn that knowledge into practical advice. Typical tasks include:",
                            es="El asesor de empleos verdes no es una profesión regulada independiente. Es una especialización de un profesional de una institución del mercado laboral –orientador profesional, intermediario laboral, especialista en programas o en desarrollo profesional– que además conoce los sectores de la economía verde y sabe convertir ese conocimiento en consejos concretos. Sus tareas habituales son:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="informowanie osób bezrobotnych, poszukujących pracy i pracujących o zielonych zawodach, wymaganych kwalifikacjach i ścieżkach ich zdobycia;",
                            en="informing unemployed people, jobseekers and people in work about green occupations, the qualifications required and the ways to obtain them;",
                            es="informar a personas desempleadas, demandantes de empleo y personas ocupadas sobre las profesiones verdes, las cualificaciones necesarias y las vías para obtenerlas;",
                        ),
                        T(
                            pl="pomaganie pracodawcom w określeniu potrzeb kadrowych związanych z transformacją ekologiczną i wskazywanie dostępnych form wsparcia;",
                            en="helping employers identify staffing needs linked to the green transition and pointing them to the support available;",
                            es="ayudar a los empleadores a determinar las necesidades de personal ligadas a la transición ecológica e indicarles las formas de apoyo disponibles;",
                        ),
                        T(
                            pl="współpraca z instytucjami szkoleniowymi, szkołami, samorządami i organizacjami pozarządowymi;",
                            en="cooperating with training providers, schools, local authorities and non-governmental organisations;",
                            es="colaborar con entidades de formación, centros educativos, administraciones locales y organizaciones no gubernamentales;",
                        ),
                        T(
                            pl="promowanie zielonych miejsc pracy w swojej społeczności, np. na spotkaniach informacyjnych;",
                            en="promoting green jobs in the local community, for example at information meetings;",
                            es="promover los empleos verdes en su comunidad, por ejemplo en reuniones informativas;",
                        ),
                        T(
                            pl="śledzenie zmian prawa i programów finansowania, aby udzielać rzetelnych informacji.",
                            en="following changes in law and funding programmes in order to give reliable information.",
                            es="seguir los cambios normativos y de los programas de financiación para ofrecer información fiable.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Doradca ds. zielonych miejsc pracy",
                            en="Green-jobs advisor",
                            es="Asesor de empleos verdes",
                        ),
                        "definition": T(
                            pl="Pracownik instytucji rynku pracy przygotowany do doradzania klientom – osobom szukającym pracy i pracodawcom – w sprawach zielonych zawodów, kwalifikacji i form wsparcia. W projekcie WUP w Białymstoku z lat 2011–2013 sieć takich doradców utworzyło 30 przeszkolonych osób.",
                            en="A member of staff of a labour-market institution prepared to advise clients – jobseekers and employers – on green occupations, qualifications and forms of support. In the 2011–2013 project of the Regional Labour Office in Białystok, a network of such advisors was formed by 30 trained people.",
                            es="Profesional de una institución del mercado laboral preparado para asesorar a sus clientes –demandantes de empleo y empleadores– sobre profesiones verdes, cualificaciones y formas de apoyo. En el proyecto de la Oficina Regional de Empleo de Białystok de 2011-2013, la red de estos asesores la formaron 30 personas capacitadas.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Publiczne służby zatrudnienia",
                        en="Public employment services",
                        es="Servicios públicos de empleo",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Od 1 czerwca 2025 r. zadania państwa w zakresie rynku pracy określa ustawa z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia, która zastąpiła ustawę z dnia 20 kwietnia 2004 r. o promocji zatrudnienia i instytucjach rynku pracy. Trzon publicznych służb zatrudnienia tworzą powiatowe i wojewódzkie urzędy pracy, a na poziomie krajowym – minister właściwy do spraw pracy.",
                            en="Since 1 June 2025 the state’s labour-market tasks have been governed by the Act of 20 March 2025 on the labour market and employment services, which replaced the Act of 20 April 2004 on employment promotion and labour market institutions. The core of the public employment services consists of county and voivodeship labour offices and, at national level, the minister responsible for labour.",
                            es="Desde el 1 de junio de 2025, las funciones del Estado en el mercado laboral las regula la Ley de 20 de marzo de 2025 sobre el mercado laboral y los servicios de empleo, que sustituyó a la Ley de 20 de abril de 2004 sobre la promoción del empleo y las instituciones del mercado laboral. El núcleo de los servicios públicos de empleo lo forman las oficinas de empleo de distrito y de voivodato y, a escala nacional, el ministro competente en materia de trabajo.",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="Powiatowy urząd pracy (PUP) wykonuje zadania samorządu powiatu: rejestruje bezrobotnych i poszukujących pracy, prowadzi pośrednictwo pracy i poradnictwo zawodowe, organizuje i finansuje szkolenia, staże i inne formy pomocy oraz przyjmuje wnioski pracodawców, w tym o środki Krajowego Funduszu Szkoleniowego.",
                            en="The county labour office (PUP) carries out the county’s tasks: it registers unemployed people and jobseekers, provides job brokerage and careers guidance, organises and funds training, traineeships and other forms of support, and accepts applications from employers, including applications for National Training Fund resources.",
                            es="La oficina de empleo del distrito (PUP) desempeña las funciones del distrito: inscribe a personas desempleadas y demandantes de empleo, presta servicios de intermediación laboral y orientación profesional, organiza y financia formación, prácticas y otras formas de apoyo, y recibe las solicitudes de los empleadores, incluidas las de recursos del Fondo Nacional de Formación.",
                        ),
                        T(
                            pl="Wojewódzki urząd pracy (WUP) wykonuje zadania samorządu województwa: diagnozuje regionalny rynek pracy, prowadzi informację i poradnictwo zawodowe, koordynuje w regionie sieć EURES, a w wielu województwach uczestniczy we wdrażaniu programów finansowanych z EFS+.",
                            en="The voivodeship labour office (WUP) carries out the voivodeship’s tasks: it analyses the regional labour market, provides careers information and guidance, coordinates the EURES network in the region and, in many voivodeships, helps implement programmes funded by the ESF+.",
                            es="La oficina de empleo del voivodato (WUP) desempeña las funciones del voivodato: analiza el mercado laboral regional, ofrece información y orientación profesional, coordina la red EURES en la región y, en muchos voivodatos, participa en la ejecución de programas financiados por el FSE+.",
                        ),
                        T(
                            pl="Z urzędami współpracują inne instytucje rynku pracy, m.in. Ochotnicze Hufce Pracy, agencje zatrudnienia, instytucje szkoleniowe oraz instytucje dialogu społecznego i partnerstwa lokalnego.",
                            en="The offices work with other labour-market institutions, including the Voluntary Labour Corps (OHP), employment agencies, training institutions, and social dialogue and local partnership bodies.",
                            es="Con las oficinas colaboran otras instituciones del mercado laboral, entre ellas el Cuerpo Voluntario de Trabajo (OHP), las agencias de empleo, las entidades de formación y las instituciones de diálogo social y de asociación local.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Publiczne służby zatrudnienia",
                            en="Public employment services",
                            es="Servicios públicos de empleo",
                        ),
                        "definition": T(
                            pl="Instytucje publiczne realizujące zadania państwa na rynku pracy – przede wszystkim powiatowe i wojewódzkie urzędy pracy, a na poziomie krajowym minister właściwy do spraw pracy. Ich zadania określa ustawa z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia.",
                            en="Public institutions that carry out the state’s tasks on the labour market – above all county and voivodeship labour offices and, at national level, the minister responsible for labour. Their tasks are set out in the Act of 20 March 2025 on the labour market and employment services.",
                            es="Instituciones públicas que desempeñan las funciones del Estado en el mercado laboral: sobre todo las oficinas de empleo de distrito y de voivodato y, a escala nacional, el ministro competente en materia de trabajo. Sus funciones las establece la Ley de 20 de marzo de 2025 sobre el mercado laboral y los servicios de empleo.",
                        ),
                    },
                ),
                (
                    "text",
                    [
                        T(
                            pl="Nowa ustawa zmieniła wiele szczegółów pracy urzędów. Osoba bezrobotna może na przykład zarejestrować się w urzędzie właściwym ze względu na miejsce zamieszkania, a nie zameldowania, a obowiązkowe wizyty w wyznaczonych terminach zastąpił obowiązek kontaktu z urzędem co najmniej raz na 90 dni. Większy nacisk położono na usługi elektroniczne i na indywidualną pracę z klientem.",
                            en="The new act changed many details of how the offices work. For example, an unemployed person can register with the office competent for their place of residence rather than their registered address, and compulsory visits on set dates have been replaced by an obligation to contact the office at least once every 90 days. Greater emphasis has been placed on electronic services and individual work with clients.",
                            es="La nueva ley cambió muchos detalles del funcionamiento de las oficinas. Por ejemplo, una persona desempleada puede inscribirse en la oficina correspondiente a su lugar de residencia y no al de empadronamiento, y las visitas obligatorias en fechas fijadas se han sustituido por la obligación de contactar con la oficina al menos una vez cada 90 días. Se ha puesto más énfasis en los servicios electrónicos y en el trabajo individual con cada cliente.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Praca z klientem w praktyce",
                        en="Working with clients in practice",
                        es="El trabajo con el cliente en la práctica",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="W urzędzie pracy rozmowa o zielonych zawodach toczy się zwykle przy ustalaniu indywidualnego planu działania z osobą bezrobotną albo w ramach poradnictwa zawodowego. Doradca ds. zielonych miejsc pracy może wnieść do niej konkretną wiedzę branżową: jakie kwalifikacje są potrzebne do montażu instalacji fotowoltaicznych, do serwisu przydomowych oczyszczalni czy do pracy w sortowni odpadów, gdzie zdobyć uprawnienia i jak naprawdę wygląda ta praca.",
                            en="In a labour office, the conversation about green occupations usually takes place when an individual action plan is agreed with an unemployed person, or as part of careers guidance. The green-jobs advisor can bring specific sector knowledge to it: what qualifications are needed to install photovoltaic systems, to service household treatment plants or to work in a waste sorting plant, where to obtain certificates and what the work is really like.",
                            es="En la oficina de empleo, la conversación sobre profesiones verdes suele producirse al acordar el plan de acción individual con la persona desempleada o en el marco de la orientación profesional. El asesor de empleos verdes puede aportar conocimientos concretos del sector: qué cualificaciones se necesitan para instalar sistemas fotovoltaicos, para mantener depuradoras domésticas o para trabajar en una planta de clasificación de residuos, dónde obtener las acreditaciones y cómo es realmente ese trabajo.",
                        ),
                        T(
                            pl="Pamiętaj, że doradca w publicznej instytucji działa w granicach prawa i bezstronnie. Może przedstawić ofertę różnych instytucji szkoleniowych czy pracodawców, ale nie powinien promować konkretnej firmy ani obiecywać klientowi przyznania wsparcia, o którym urząd decyduje na podstawie wniosku, obowiązujących kryteriów i dostępnych środków.",
                            en="Remember that an advisor in a public institution acts within the law and impartially. He or she may present what various training providers or employers offer, but should not promote a particular company or promise a client support that the office decides on the basis of an application, the applicable criteria and the funds available.",
                            es="Recuerda que el asesor de una institución pública actúa dentro de la ley y con imparcialidad. Puede presentar la oferta de distintas entidades de formación o empleadores, pero no debe promocionar una empresa concreta ni prometer al cliente un apoyo que la oficina decide en función de la solicitud, de los criterios aplicables y de los fondos disponibles.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": T(
                pl="postepowanie-administracyjne",
                en="administrative-procedure",
                es="procedimiento-administrativo",
            ),
            "title": T(
                pl="Postępowanie administracyjne w pracy doradcy",
                en="Administrative procedure in the advisor’s work",
                es="El procedimiento administrativo en el trabajo del asesor",
            ),
            "summary": T(
                pl="Zasady ogólne KPA, terminy załatwiania spraw, ponaglenie i odwołanie oraz różnica między decyzją, postanowieniem, zaświadczeniem, informacją i umową.",
                en="The general principles of the Code of Administrative Procedure, time limits for settling cases, the formal reminder and the appeal, and the difference between a decision, a procedural order, a certificate, information and a contract.",
                es="Los principios generales del Código de Procedimiento Administrativo, los plazos para resolver, el requerimiento de celeridad y el recurso, y la diferencia entre resolución, resolución de trámite, certificado, información y contrato.",
            ),
            "body": [
                (
                    "heading",
                    T(
                        pl="Po co doradcy Kodeks postępowania administracyjnego",
                        en="Why an advisor needs the Code of Administrative Procedure",
                        es="Para qué necesita el asesor el Código de Procedimiento Administrativo",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Ustawa z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego (KPA) określa, jak organy administracji publicznej załatwiają indywidualne sprawy w drodze decyzji. Doradca w urzędzie pracy na co dzień decyzji nie wydaje, ale jego klienci się z nimi stykają – na przykład w sprawach rejestracji czy statusu bezrobotnego – a także z decyzjami innych organów, np. w sprawach budowlanych czy wodnoprawnych, gdy zakładają zieloną działalność gospodarczą. Znajomość podstaw KPA pozwala wyjaśnić klientowi, co dzieje się w jego sprawie i jakie ma prawa.",
                            en="The Code of Administrative Procedure of 14 June 1960 (KPA) sets out how public administration bodies settle individual cases by decision. An advisor in a labour office does not issue decisions day to day, but clients encounter them – for example in matters of registration or unemployed status – as well as decisions of other authorities, for instance on building or water-law matters when they set up a green business. Knowing the basics of the Code allows you to explain to a client what is happening in their case and what rights they have.",
                            es="El Código de Procedimiento Administrativo de 14 de junio de 1960 (KPA) regula cómo resuelven los órganos de la administración pública los asuntos individuales mediante resolución. El asesor de una oficina de empleo no dicta resoluciones en su día a día, pero sus clientes sí se encuentran con ellas –por ejemplo, en asuntos de inscripción o de condición de persona desempleada–, así como con resoluciones de otros órganos, por ejemplo en materia de construcción o de aguas cuando crean una empresa verde. Conocer lo básico del Código permite explicar al cliente qué ocurre en su asunto y qué derechos tiene.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Zasady ogólne KPA",
                        en="General principles of the Code",
                        es="Principios generales del Código",
                    ),
                ),
                (
                    "list",
                    [
                        T(
                            pl="praworządność – organ działa na podstawie przepisów prawa (art. 6);",
                            en="legality – the authority acts on the basis of the law (Article 6);",
                            es="legalidad: el órgano actúa con arreglo a la ley (artículo 6);",
                        ),
                        T(
                            pl="prawda obiektywna i uwzględnianie interesu społecznego oraz słusznego interesu obywateli (art. 7), a także rozstrzyganie wątpliwości co do treści normy prawnej na korzyść strony, jeśli sprawa dotyczy nałożenia obowiązku lub ograniczenia uprawnienia i nie sprzeciwiają się temu sporne interesy stron ani interesy osób trzecich (art. 7a);",
                            en="objective truth and taking into account the public interest and the legitimate interests of citizens (Article 7), and resolving doubts about the content of a legal provision in favour of the party where the case concerns imposing an obligation or restricting a right and this is not precluded by conflicting interests of the parties or the interests of third parties (Article 7a);",
                            es="verdad material y consideración del interés público y del interés legítimo de los ciudadanos (artículo 7), así como la resolución de las dudas sobre el contenido de una norma a favor de la parte cuando el asunto se refiere a la imposición de una obligación o a la limitación de un derecho y no se oponen a ello intereses contrapuestos de las partes ni intereses de terceros (artículo 7a);",
                        ),
                        T(
                            pl="pogłębianie zaufania do władzy publicznej, w tym proporcjonalność, bezstronność i równe traktowanie oraz nieodstępowanie bez uzasadnionej przyczyny od utrwalonej praktyki (art. 8);",
                            en="building trust in public authorities, including proportionality, impartiality and equal treatment, and not departing from established practice without good reason (Article 8);",
                            es="fomento de la confianza en los poderes públicos, incluidas la proporcionalidad, la imparcialidad y la igualdad de trato, y no apartarse sin causa justificada de la práctica consolidada (artículo 8);",
                        ),
                        T(
                            pl="informowanie – organ udziela stronom informacji o okolicznościach faktycznych i prawnych, które mogą mieć wpływ na ich prawa i obowiązki, i czuwa, by nie poniosły szkody z powodu nieznajomości prawa (art. 9);",
                            en="information – the authority informs parties of factual and legal circumstances that may affect their rights and obligations and ensures that they do not suffer harm through ignorance of the law (Article 9);",
                            es="información: el órgano informa a las partes de las circunstancias de hecho y de derecho que puedan afectar a sus derechos y obligaciones y vela por que no sufran perjuicios por desconocimiento de la ley (artículo 9);",
                        ),
                        T(
                            pl="czynny udział strony na każdym etapie postępowania, w tym prawo wypowiedzenia się co do zebranych dowodów przed wydaniem decyzji (art. 10);",
                            en="active participation of the party at every stage of the proceedings, including the right to comment on the evidence gathered before the decision is issued (Article 10);",
                            es="participación activa de la parte en todas las fases del procedimiento, incluido el derecho a pronunciarse sobre las pruebas reunidas antes de que se dicte la resolución (artículo 10);",
                        ),
                        T(
                            pl="przekonywanie – wyjaśnianie stronom zasadności przesłanek, którymi organ kieruje się przy załatwianiu sprawy (art. 11);",
                            en="persuasion – explaining to the parties the grounds on which the authority settles the case (Article 11);",
                            es="persuasión: explicar a las partes los motivos en los que se basa el órgano para resolver el asunto (artículo 11);",
                        ),
                        T(
                            pl="szybkość i prostota postępowania (art. 12) oraz polubowne załatwianie spraw, w tym mediacja (art. 13);",
                            en="speed and simplicity of proceedings (Article 12) and amicable settlement of cases, including mediation (Article 13);",
                            es="celeridad y sencillez del procedimiento (artículo 12) y solución amistosa de los asuntos, incluida la mediación (artículo 13);",
                        ),
                        T(
                            pl="pisemność (art. 14), dwuinstancyjność (art. 15) i trwałość decyzji ostatecznych (art. 16).",
                            en="written form (Article 14), two instances (Article 15) and the finality of final decisions (Article 16).",
                            es="forma escrita (artículo 14), doble instancia (artículo 15) y firmeza de las resoluciones definitivas (artículo 16).",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Decyzja administracyjna",
                            en="Administrative decision",
                            es="Resolución administrativa",
                        ),
                        "definition": T(
                            pl="Jednostronny, władczy akt organu administracji publicznej, który rozstrzyga indywidualną sprawę co do jej istoty albo w inny sposób kończy postępowanie w danej instancji (art. 104 KPA). Zawiera m.in. podstawę prawną, uzasadnienie i pouczenie o środkach zaskarżenia (art. 107 KPA).",
                            en="A unilateral, authoritative act of a public administration body that settles an individual case on its merits or otherwise ends the proceedings at a given instance (Article 104 of the Code of Administrative Procedure). It contains, among other things, the legal basis, a statement of reasons and information on the means of appeal (Article 107).",
                            es="Acto unilateral y de autoridad de un órgano de la administración pública que resuelve un asunto individual en cuanto al fondo o pone fin de otro modo al procedimiento en una instancia (artículo 104 del Código de Procedimiento Administrativo). Contiene, entre otros elementos, el fundamento jurídico, la motivación y la indicación de los recursos procedentes (artículo 107).",
                        ),
                    },
                ),
                ("heading", T(pl="Terminy", en="Time limits", es="Plazos")),
                (
                    "text",
                    [
                        T(
                            pl="Organ ma załatwiać sprawy bez zbędnej zwłoki (art. 35 KPA). Sprawy, które można rozstrzygnąć na podstawie dowodów przedstawionych przez stronę albo faktów powszechnie znanych lub znanych organowi z urzędu, załatwia się niezwłocznie. Sprawa wymagająca postępowania wyjaśniającego powinna zostać załatwiona nie później niż w ciągu miesiąca, a szczególnie skomplikowana – nie później niż w ciągu dwóch miesięcy od dnia wszczęcia postępowania; odwołanie rozpatruje się w ciągu miesiąca od jego otrzymania. Do tych terminów nie wlicza się m.in. terminów przewidzianych w przepisach na dokonanie określonych czynności, okresów zawieszenia postępowania oraz opóźnień z winy strony lub z przyczyn od organu niezależnych.",
                            en="The authority must settle cases without undue delay (Article 35 of the Code). Cases that can be decided on the basis of evidence submitted by the party, or of facts that are commonly known or known to the authority ex officio, are settled immediately. A case requiring explanatory proceedings should be settled within one month at the latest, and a particularly complex case within two months at the latest from the date on which proceedings were initiated; an appeal is considered within one month of its receipt. These time limits do not include, among other things, periods laid down by law for specific steps, periods during which proceedings are suspended, and delays caused by the party or by reasons beyond the authority’s control.",
                            es="El órgano debe resolver sin demoras innecesarias (artículo 35 del Código). Los asuntos que pueden resolverse con las pruebas aportadas por la parte o con hechos notorios o conocidos de oficio por el órgano se resuelven de inmediato. Un asunto que requiera instrucción debe resolverse en el plazo máximo de un mes, y uno especialmente complejo, en el plazo máximo de dos meses desde el inicio del procedimiento; el recurso se resuelve en el plazo de un mes desde su recepción. En estos plazos no se computan, entre otros, los plazos legales previstos para determinadas actuaciones, los periodos de suspensión del procedimiento ni los retrasos imputables a la parte o debidos a causas ajenas al órgano.",
                        ),
                        T(
                            pl="Jeśli organ nie załatwi sprawy w terminie, musi zawiadomić o tym stronę, podać przyczyny zwłoki, wskazać nowy termin i pouczyć o prawie do wniesienia ponaglenia (art. 36). Ponaglenie wnosi się do organu wyższego stopnia za pośrednictwem organu prowadzącego postępowanie (art. 37).",
                            en="If the authority does not settle the case on time, it must notify the party, give the reasons for the delay, set a new date and inform the party of the right to lodge a formal reminder (Article 36). The formal reminder is lodged with the higher-level authority through the authority conducting the proceedings (Article 37).",
                            es="Si el órgano no resuelve en plazo, debe notificarlo a la parte, indicar los motivos del retraso, fijar una nueva fecha e informar del derecho a presentar un requerimiento de celeridad (artículo 36). El requerimiento se presenta ante el órgano superior a través del órgano que tramita el procedimiento (artículo 37).",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Ponaglenie",
                            en="Formal reminder (ponaglenie)",
                            es="Requerimiento de celeridad (ponaglenie)",
                        ),
                        "definition": T(
                            pl="Środek, którym strona reaguje na bezczynność organu (niezałatwienie sprawy w terminie) lub przewlekłe prowadzenie postępowania. Wnosi się je do organu wyższego stopnia za pośrednictwem organu prowadzącego sprawę; ponaglenie zawiera uzasadnienie (art. 37 KPA).",
                            en="The means by which a party responds to an authority’s inaction (failure to settle a case on time) or to excessively lengthy proceedings. It is lodged with the higher-level authority through the authority handling the case and must state its reasons (Article 37 of the Code of Administrative Procedure).",
                            es="Medio con el que la parte reacciona ante la inactividad del órgano (no resolver el asunto en plazo) o ante la dilación del procedimiento. Se presenta ante el órgano superior a través del órgano que tramita el asunto y debe ir motivado (artículo 37 del Código de Procedimiento Administrativo).",
                        ),
                    },
                ),
                (
                    "text",
                    [
                        T(
                            pl="Terminy na wniesienie środków zaskarżenia są krótkie: odwołanie od decyzji wnosi się w terminie 14 dni od dnia jej doręczenia lub ogłoszenia, a zażalenie na postanowienie – w terminie 7 dni (art. 129 i 141). Odwołanie wnosi się do organu wyższego stopnia za pośrednictwem organu, który wydał decyzję. Jeśli decyzję w pierwszej instancji wydał minister lub samorządowe kolegium odwoławcze, przysługuje wniosek o ponowne rozpatrzenie sprawy. Który organ rozpatrzy odwołanie i w jakim terminie trzeba je złożyć, zawsze wskazuje pouczenie zawarte w decyzji.",
                            en="The time limits for appeals are short: an appeal against a decision must be lodged within 14 days of its delivery or announcement, and an interlocutory appeal against a procedural order within 7 days (Articles 129 and 141). An appeal is lodged with the higher-level authority through the authority that issued the decision. If the first-instance decision was issued by a minister or a local government board of appeal, a request for reconsideration is available instead. The information on appeals included in the decision always states which authority will hear the appeal and the time limit for lodging it.",
                            es="Los plazos para recurrir son breves: el recurso contra una resolución (odwołanie) se presenta en el plazo de 14 días desde su notificación o publicación, y el recurso contra una resolución de trámite (zażalenie), en el plazo de 7 días (artículos 129 y 141). El recurso se presenta ante el órgano superior a través del órgano que dictó la resolución. Si la resolución de primera instancia la dictó un ministro o una comisión de recursos de la administración local, procede en su lugar una solicitud de reconsideración. La indicación de recursos incluida en la resolución señala siempre qué órgano resolverá el recurso y en qué plazo debe presentarse.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Decyzja, postanowienie, zaświadczenie, informacja, umowa",
                        en="Decision, procedural order, certificate, information, contract",
                        es="Resolución, resolución de trámite, certificado, información y contrato",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Nie każde pismo z urzędu jest decyzją. Dla klienta to rozróżnienie ma praktyczne znaczenie, bo od niego zależy, czy i jak może się odwołać.",
                            en="Not every letter from an office is a decision. For the client this distinction has practical significance, because it determines whether and how he or she can appeal.",
                            es="No todo escrito de la administración es una resolución. Para el cliente, esta distinción tiene importancia práctica, porque de ella depende si puede recurrir y cómo.",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="Decyzja rozstrzyga sprawę co do istoty. Przysługuje od niej odwołanie (lub wniosek o ponowne rozpatrzenie sprawy), a po wyczerpaniu tej drogi – skarga do wojewódzkiego sądu administracyjnego.",
                            en="A decision settles the case on its merits. It can be appealed (or a request for reconsideration can be made), and once that route has been exhausted, a complaint can be brought before the voivodeship administrative court.",
                            es="La resolución decide el asunto en cuanto al fondo. Contra ella cabe recurso (o solicitud de reconsideración) y, agotada esa vía, demanda ante el tribunal administrativo del voivodato.",
                        ),
                        T(
                            pl="Postanowienie dotyczy kwestii wynikających w toku postępowania; zażalenie przysługuje na nie tylko wtedy, gdy przewiduje to przepis.",
                            en="A procedural order concerns issues arising in the course of proceedings; an interlocutory appeal against it is available only where the law so provides.",
                            es="La resolución de trámite se refiere a cuestiones que surgen durante el procedimiento; solo cabe recurso contra ella cuando lo prevé una norma.",
                        ),
                        T(
                            pl="Zaświadczenie potwierdza fakty lub stan prawny wynikające z rejestrów lub innych danych organu. Wydaje się je bez zbędnej zwłoki, nie później niż w ciągu 7 dni (art. 217 KPA); odmowa wydania zaświadczenia następuje w drodze postanowienia, na które przysługuje zażalenie.",
                            en="A certificate confirms facts or a legal status shown in the authority’s registers or other data. It is issued without undue delay, within 7 days at the latest (Article 217 of the Code); a refusal to issue a certificate takes the form of a procedural order, against which an interlocutory appeal lies.",
                            es="El certificado acredita hechos o situaciones jurídicas que constan en los registros u otros datos del órgano. Se expide sin demoras innecesarias y en un plazo máximo de 7 días (artículo 217 del Código); la denegación se adopta mediante resolución de trámite, contra la que cabe recurso.",
                        ),
                        T(
                            pl="Informacja, porada czy konsultacja doradcy nie jest decyzją i nie rozstrzyga o prawach klienta. Jej wartość zależy od rzetelności, dlatego powinna opierać się na aktualnych przepisach.",
                            en="Information, advice or a consultation given by an advisor is not a decision and does not determine the client’s rights. Its value depends on its reliability, so it should be based on current legislation.",
                            es="La información, el consejo o la consulta del asesor no son una resolución y no deciden sobre los derechos del cliente. Su valor depende de su fiabilidad, por lo que deben basarse en la normativa vigente.",
                        ),
                        T(
                            pl="Wiele form wsparcia urzędu pracy – np. dofinansowanie podjęcia działalności gospodarczej, refundację kosztów wyposażenia stanowiska pracy czy staż – przyznaje się na podstawie wniosku i umowy, a nie decyzji. Negatywne rozpatrzenie takiego wniosku zasadniczo nie podlega odwołaniu na zasadach KPA, ale klient powinien poznać jego przyczyny i może poprawić wniosek, a następnie złożyć go ponownie.",
                            en="Many forms of labour office support – such as a grant for starting a business, a refund of the cost of equipping a workstation or a traineeship – are granted on the basis of an application and a contract, not a decision. A negative outcome of such an application is, as a rule, not subject to appeal under the Code, but the client should be told the reasons and may improve the application and submit it again.",
                            es="Muchas formas de apoyo de la oficina de empleo –como la subvención para iniciar una actividad económica, el reembolso de los costes de equipamiento de un puesto de trabajo o las prácticas– se conceden mediante solicitud y contrato, no mediante resolución. La denegación de una solicitud de este tipo no es, en principio, recurrible conforme al Código, pero el cliente debe conocer los motivos y puede mejorar la solicitud y volver a presentarla.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Dobre praktyki w kontakcie z klientem",
                        en="Good practice in dealing with clients",
                        es="Buenas prácticas en la relación con el cliente",
                    ),
                ),
                (
                    "list",
                    [
                        T(
                            pl="Czytaj z klientem pouczenie w piśmie: wskazuje ono, czy przysługuje odwołanie, do kogo i w jakim terminie.",
                            en="Read the information on appeals in the letter together with the client: it states whether an appeal is available, to whom and within what time limit.",
                            es="Lee con el cliente la indicación de recursos del escrito: señala si cabe recurso, ante quién y en qué plazo.",
                        ),
                        T(
                            pl="Zwróć uwagę na datę doręczenia, od której liczy się termin, i na sposób liczenia terminów: jeśli koniec terminu przypada na sobotę lub dzień ustawowo wolny od pracy, termin upływa następnego dnia, który nie jest sobotą ani dniem wolnym.",
                            en="Pay attention to the date of delivery, from which the time limit runs, and to how time limits are calculated: if the last day falls on a Saturday or a public holiday, the time limit expires on the next day that is neither a Saturday nor a public holiday.",
                            es="Fíjate en la fecha de notificación, desde la que se cuenta el plazo, y en cómo se computan los plazos: si el último día cae en sábado o en festivo, el plazo vence el siguiente día que no sea sábado ni festivo.",
                        ),
                        T(
                            pl="Przypominaj, że pismo nadane w ostatnim dniu terminu w polskiej placówce pocztowej operatora wyznaczonego jest złożone w terminie; podobnie pismo wysłane elektronicznie przed upływem terminu zgodnie z przepisami.",
                            en="Remind clients that a letter posted on the last day of the time limit at a Polish post office of the designated operator is lodged in time; the same applies to a letter sent electronically before the deadline in accordance with the rules.",
                            es="Recuerda que un escrito entregado el último día del plazo en una oficina de correos polaca del operador designado se considera presentado en plazo, igual que un escrito enviado electrónicamente antes del vencimiento conforme a la normativa.",
                        ),
                        T(
                            pl="Odróżniaj swoją rolę od roli pełnomocnika: możesz wyjaśnić procedurę, ale nie podejmujesz decyzji za klienta i nie gwarantujesz wyniku sprawy.",
                            en="Distinguish your role from that of a representative: you can explain the procedure, but you do not make decisions for the client and you do not guarantee the outcome of the case.",
                            es="Distingue tu papel del de un representante: puedes explicar el procedimiento, pero no decides por el cliente ni garantizas el resultado del asunto.",
                        ),
                        T(
                            pl="Pamiętaj o wyłączeniu pracownika (art. 24 KPA): jeśli sprawa dotyczy Ciebie, Twojego małżonka albo krewnych lub powinowatych do drugiego stopnia bądź zachodzi inna przesłanka z tego przepisu, nie bierz udziału w jej załatwianiu.",
                            en="Remember the rules on excluding an employee (Article 24 of the Code): if a case concerns you, your spouse or your relatives by blood or marriage up to the second degree, or another ground listed in that article applies, do not take part in handling it.",
                            es="Recuerda las reglas de abstención del empleado público (artículo 24 del Código): si el asunto te afecta a ti, a tu cónyuge o a tus parientes por consanguinidad o afinidad hasta el segundo grado, o concurre otra causa prevista en ese artículo, no participes en su tramitación.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": T(
                pl="instrumenty-i-finansowanie",
                en="instruments-and-funding",
                es="instrumentos-y-financiacion",
            ),
            "title": T(
                pl="Instrumenty rynku pracy i finansowanie zielonych miejsc pracy",
                en="Labour-market instruments and funding for green jobs",
                es="Instrumentos del mercado laboral y financiación de los empleos verdes",
            ),
            "summary": T(
                pl="Szkolenia, staże, refundacja wyposażenia stanowiska pracy, dofinansowanie podjęcia działalności gospodarczej i KFS według ustawy z 2025 r. oraz środki z EFS+, FEnIKS i programu Fundusze Europejskie dla Podlaskiego 2021–2027.",
                en="Training, traineeships, refunds for equipping a workstation, grants for starting a business and the National Training Fund under the 2025 act, plus funding from the ESF+, FEnIKS and European Funds for Podlaskie 2021–2027.",
                es="Formación, prácticas, reembolso del equipamiento de puestos de trabajo, subvención para iniciar una actividad económica y Fondo Nacional de Formación según la ley de 2025, además de la financiación del FSE+, de FEnIKS y de Fondos Europeos para Podlaquia 2021-2027.",
            ),
            "body": [
                (
                    "heading",
                    T(
                        pl="Ustawa o rynku pracy i służbach zatrudnienia – co warto znać",
                        en="The Act on the labour market and employment services – what to know",
                        es="La ley sobre el mercado laboral y los servicios de empleo: lo que conviene saber",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Ustawa z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia obowiązuje od 1 czerwca 2025 r. Reforma była jednym z elementów Krajowego Planu Odbudowy i Zwiększania Odporności, a jej celem jest m.in. lepsze dopasowanie kwalifikacji pracowników do potrzeb gospodarki, która przechodzi zmiany związane z postępem technologicznym, transformacją energetyczną i procesami demograficznymi. Dla doradcy ds. zielonych miejsc pracy najważniejsze są instrumenty, które pomagają klientom zdobyć kwalifikacje, doświadczenie lub pierwszą pracę w zielonej branży, a pracodawcom – stworzyć nowe stanowiska.",
                            en="The Act of 20 March 2025 on the labour market and employment services has been in force since 1 June 2025. The reform was one of the elements of the National Recovery and Resilience Plan, and its aims include better matching workers’ qualifications to the needs of an economy undergoing change driven by technological progress, the energy transition and demographic trends. For a green-jobs advisor, the most important instruments are those that help clients gain qualifications, experience or a first job in a green sector, and help employers create new positions.",
                            es="La Ley de 20 de marzo de 2025 sobre el mercado laboral y los servicios de empleo está en vigor desde el 1 de junio de 2025. La reforma fue uno de los elementos del Plan Nacional de Recuperación y Resiliencia y tiene como objetivos, entre otros, adecuar mejor las cualificaciones de los trabajadores a las necesidades de una economía que cambia por el progreso tecnológico, la transición energética y los procesos demográficos. Para el asesor de empleos verdes, los instrumentos más importantes son los que ayudan a los clientes a obtener cualificaciones, experiencia o un primer empleo en un sector verde, y a los empleadores a crear nuevos puestos.",
                        ),
                        T(
                            pl="Szczegółowe warunki, wzory wniosków i limity kwot określają rozporządzenia wykonawcze oraz zasady przyjęte przez poszczególne urzędy pracy, a o przyznaniu wsparcia decyduje urząd w ramach dostępnych środków. Poniżej opisujemy mechanizmy – kwoty zawsze sprawdzaj w aktualnych przepisach.",
                            en="Detailed conditions, application forms and amount limits are set out in implementing regulations and in the rules adopted by individual labour offices, and the office decides on granting support within the funds available. Below we describe the mechanisms – always check the amounts in the current legislation.",
                            es="Las condiciones detalladas, los modelos de solicitud y los límites de importe los fijan los reglamentos de desarrollo y las normas adoptadas por cada oficina de empleo, y es la oficina la que decide conceder el apoyo dentro de los fondos disponibles. A continuación describimos los mecanismos; comprueba siempre los importes en la normativa vigente.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Szkolenia i rozwój kwalifikacji",
                        en="Training and developing qualifications",
                        es="Formación y desarrollo de cualificaciones",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Starosta może sfinansować z Funduszu Pracy szkolenie wybrane przez osobę bezrobotną lub poszukującą pracy albo szkolenie zamawiane przez urząd na podstawie diagnozy zapotrzebowania na rynku pracy lub zgłoszenia pracodawcy. Może też pokryć koszty potwierdzenia nabytej wiedzy i umiejętności, np. egzaminu. Nowymi narzędziami są bon na kształcenie ustawiczne i pożyczka edukacyjna, przeznaczone m.in. na kursy, studia podyplomowe i uzyskanie uprawnień. Przykład: osoba z doświadczeniem w instalacjach sanitarnych może wnioskować o sfinansowanie kursu montażu i serwisu przydomowych oczyszczalni ścieków albo pomp ciepła, jeśli wykaże, że zwiększy to jej szanse na zatrudnienie.",
                            en="The starost may fund from the Labour Fund a training course chosen by an unemployed person or jobseeker, or training commissioned by the office on the basis of an analysis of labour-market needs or an employer’s request. The office may also cover the costs of confirming the knowledge and skills acquired, such as an examination. New tools include the lifelong learning voucher and the education loan, intended for courses, postgraduate studies and obtaining certificates, among other things. Example: a person with experience in sanitary installations may apply for funding for a course in installing and servicing household wastewater treatment plants or heat pumps, if he or she shows that it will improve his or her chances of employment.",
                            es="El starosta puede financiar con el Fondo de Trabajo una formación elegida por la persona desempleada o demandante de empleo, o una formación encargada por la oficina a partir de un diagnóstico de las necesidades del mercado laboral o de la petición de un empleador. También puede cubrir los costes de acreditar los conocimientos y habilidades adquiridos, por ejemplo un examen. Entre las nuevas herramientas figuran el bono de formación permanente y el préstamo educativo, destinados, entre otras cosas, a cursos, estudios de posgrado y obtención de acreditaciones. Ejemplo: una persona con experiencia en instalaciones sanitarias puede solicitar la financiación de un curso de instalación y mantenimiento de depuradoras domésticas o de bombas de calor si demuestra que mejorará sus posibilidades de empleo.",
                        ),
                    ],
                ),
                ("heading", T(pl="Staże", en="Traineeships", es="Prácticas")),
                (
                    "text",
                    [
                        T(
                            pl="Staż pozwala osobie bezrobotnej nabyć wiedzę i umiejętności przez wykonywanie zadań w miejscu pracy bez nawiązania stosunku pracy. Odbywa się na podstawie umowy zawartej przez starostę z organizatorem stażu i bezrobotnym, według programu przygotowanego przez organizatora, a stażystą opiekuje się wyznaczony opiekun. Organizatorem może być m.in. pracodawca, przedsiębiorca niezatrudniający pracowników, podmiot ekonomii społecznej lub rolnik. Staż trwa zasadniczo od 3 do 6 miesięcy, a jeśli kończy się potwierdzeniem nabycia kwalifikacji – do 12 miesięcy; może być też realizowany zdalnie. Stażysta otrzymuje stypendium wypłacane przez urząd pracy.",
                            en="A traineeship allows an unemployed person to gain knowledge and skills by performing tasks in a workplace without an employment relationship. It takes place under a contract between the starost, the traineeship organiser and the unemployed person, following a programme prepared by the organiser, and the trainee is looked after by an appointed supervisor. The organiser may be, among others, an employer, an entrepreneur with no employees, a social economy entity or a farmer. A traineeship normally lasts from 3 to 6 months, and up to 12 months if it ends with the confirmation of a qualification; it can also be carried out remotely. The trainee receives a stipend paid by the labour office.",
                            es="Las prácticas permiten a una persona desempleada adquirir conocimientos y habilidades realizando tareas en un centro de trabajo sin relación laboral. Se desarrollan en virtud de un contrato entre el starosta, la entidad organizadora y la persona desempleada, según un programa preparado por la entidad, y un tutor designado acompaña a la persona en prácticas. Pueden organizarlas, entre otros, un empleador, un empresario sin asalariados, una entidad de economía social o un agricultor. Duran en principio de 3 a 6 meses y hasta 12 meses si terminan con la acreditación de una cualificación; también pueden realizarse a distancia. La persona en prácticas percibe una beca que abona la oficina de empleo.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(pl="Staż", en="Traineeship (staż)", es="Prácticas (staż)"),
                        "definition": T(
                            pl="Forma aktywizacji, w której bezrobotny nabywa wiedzę i umiejętności, wykonując zadania w miejscu pracy bez nawiązania stosunku pracy, na podstawie umowy starosty z organizatorem stażu i bezrobotnym. Według ustawy z 2025 r. trwa zasadniczo od 3 do 6 miesięcy; stażysta otrzymuje stypendium.",
                            en="A form of activation in which an unemployed person gains knowledge and skills by performing tasks in a workplace without an employment relationship, under a contract between the starost, the traineeship organiser and the unemployed person. Under the 2025 act it normally lasts from 3 to 6 months; the trainee receives a stipend.",
                            es="Medida de activación en la que la persona desempleada adquiere conocimientos y habilidades realizando tareas en un centro de trabajo sin relación laboral, en virtud de un contrato entre el starosta, la entidad organizadora y la persona desempleada. Según la ley de 2025, dura en principio de 3 a 6 meses; la persona en prácticas percibe una beca.",
                        ),
                    },
                ),
                (
                    "text",
                    [
                        T(
                            pl="Projekt ZMP pokazał, że staż jest naturalnym przedłużeniem szkolenia specjalistycznego: około 30% uczestników projektu skierowano na staże zawodowe trwające od 3 do 6 miesięcy, a całkowity koszt ich organizacji pokrywano ze środków projektu.",
                            en="The ZMP project showed that a traineeship is a natural continuation of specialist training: about 30% of project participants were referred to vocational traineeships lasting 3 to 6 months, and the full cost of organising them was covered from project funds.",
                            es="El proyecto ZMP demostró que las prácticas son una continuación natural de la formación especializada: alrededor del 30 % de los participantes fueron derivados a prácticas profesionales de 3 a 6 meses, cuyo coste total de organización se cubrió con fondos del proyecto.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Wsparcie tworzenia miejsc pracy i przedsiębiorczości",
                        en="Support for job creation and entrepreneurship",
                        es="Apoyo a la creación de empleo y al emprendimiento",
                    ),
                ),
                (
                    "list",
                    [
                        T(
                            pl="Refundacja kosztów wyposażenia lub doposażenia stanowiska pracy: pracodawca lub przedsiębiorca, który utworzy stanowisko pracy i zatrudni na nim osobę skierowaną przez urząd, może otrzymać zwrot części kosztów zakupu sprzętu i wyposażenia – np. narzędzi dla montera instalacji fotowoltaicznych. Wymaga to wniosku, umowy, zabezpieczenia zwrotu środków i utrzymania stanowiska przez okres określony w przepisach.",
                            en="Refund of the cost of equipping or upgrading a workstation: an employer or entrepreneur who creates a job and employs a person referred by the office may have part of the cost of equipment and fittings refunded – for example tools for a photovoltaic installer. This requires an application, a contract, security for repayment and keeping the job for the period specified in the regulations.",
                            es="Reembolso de los costes de equipamiento o mejora del equipamiento de un puesto de trabajo: el empleador o empresario que cree un puesto y contrate en él a una persona derivada por la oficina puede recuperar parte del coste de los equipos y el material, por ejemplo las herramientas de un instalador fotovoltaico. Para ello se necesitan una solicitud, un contrato, una garantía de devolución y mantener el puesto durante el periodo que fija la normativa.",
                        ),
                        T(
                            pl="Dofinansowanie podjęcia działalności gospodarczej (wcześniej nazywane jednorazowymi środkami): osoba bezrobotna, a także m.in. absolwent centrum lub klubu integracji społecznej albo opiekun osoby z niepełnosprawnością, może otrzymać środki na założenie firmy – do sześciokrotności przeciętnego wynagrodzenia – pod warunkiem prowadzenia jej przez co najmniej 12 miesięcy. To częsta droga do zielonej mikrofirmy: serwisu przydomowych oczyszczalni, montażu instalacji odnawialnych źródeł energii czy usług ogrodniczych z retencją deszczówki.",
                            en="Grant for starting a business (previously known as one-off funds): an unemployed person and also, among others, a graduate of a social integration centre or club or a carer of a person with a disability may receive funds to set up a business – up to six times the average wage – on condition that the business is run for at least 12 months. This is a common route to a green micro-business: servicing household treatment plants, installing renewable energy systems or gardening services with rainwater retention.",
                            es="Subvención para iniciar una actividad económica (antes llamada fondos únicos): una persona desempleada y también, entre otros, quien haya completado un centro o club de integración social o quien cuide de una persona con discapacidad puede recibir fondos para crear una empresa –hasta seis veces el salario medio– con la condición de mantenerla al menos 12 meses. Es una vía habitual hacia una microempresa verde: mantenimiento de depuradoras domésticas, instalación de sistemas de energía renovable o servicios de jardinería con retención de agua de lluvia.",
                        ),
                        T(
                            pl="Inne instrumenty dla pracodawców, np. dofinansowanie zatrudnienia niektórych grup osób, w tym osób po 50. roku życia – ich katalog i warunki sprawdzaj w ustawie i w urzędzie.",
                            en="Other instruments for employers, such as subsidies for employing certain groups of people, including people over 50 – check the list and conditions in the act and at the office.",
                            es="Otros instrumentos para empleadores, como las ayudas a la contratación de determinados grupos, entre ellos las personas mayores de 50 años; consulta la lista y las condiciones en la ley y en la oficina.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Krajowy Fundusz Szkoleniowy",
                        en="The National Training Fund",
                        es="El Fondo Nacional de Formación",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Krajowy Fundusz Szkoleniowy (KFS) to wydzielona część Funduszu Pracy przeznaczona na kształcenie ustawiczne osób pracujących. Wnioski składa się do powiatowego urzędu pracy w ogłaszanych naborach. Na podstawie ustawy z 2025 r., od 2026 r. z KFS mogą korzystać nie tylko pracodawcy i ich pracownicy, lecz także osoby prowadzące działalność gospodarczą i osoby wykonujące pracę na podstawie umów cywilnoprawnych. Ustawa wprowadziła roczne limity dofinansowania zależne od wielkości podmiotu oraz wymóg utrzymania zatrudnienia lub prowadzenia działalności przez określony czas po zakończeniu kształcenia. Co roku ustala się priorytety wydatkowania środków – sprawdź, czy obejmują kompetencje związane z zieloną transformacją.",
                            en="The National Training Fund (KFS) is a separate part of the Labour Fund intended for lifelong learning for people in work. Applications are submitted to the county labour office in announced calls. Under the 2025 act, from 2026 the KFS is open not only to employers and their employees but also to self-employed people and people working under civil-law contracts. The act introduced annual funding limits that depend on the size of the applicant and a requirement to keep the person employed, or to keep running the business, for a set period after the training ends. Spending priorities are set every year – check whether they include skills related to the green transition.",
                            es="El Fondo Nacional de Formación (KFS) es una parte diferenciada del Fondo de Trabajo destinada a la formación permanente de las personas ocupadas. Las solicitudes se presentan a la oficina de empleo del distrito en las convocatorias que se anuncian. Con la ley de 2025, desde 2026 pueden beneficiarse del KFS no solo los empleadores y sus trabajadores, sino también los trabajadores por cuenta propia y las personas que trabajan con contratos civiles. La ley introdujo límites anuales de financiación en función del tamaño de la entidad y la obligación de mantener el empleo o la actividad durante un periodo determinado tras la formación. Cada año se fijan prioridades de gasto; comprueba si incluyen competencias relacionadas con la transición verde.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Krajowy Fundusz Szkoleniowy (KFS)",
                            en="National Training Fund (KFS)",
                            es="Fondo Nacional de Formación (KFS)",
                        ),
                        "definition": T(
                            pl="Wydzielona część Funduszu Pracy, z której powiatowy urząd pracy finansuje kształcenie ustawiczne osób pracujących – kursy, studia podyplomowe, egzaminy i związane z nimi koszty. Środki przyznaje się na wniosek, w naborach, z uwzględnieniem corocznych priorytetów.",
                            en="A separate part of the Labour Fund from which the county labour office finances lifelong learning for people in work – courses, postgraduate studies, examinations and related costs. Funds are granted on application, in calls for applications, taking into account annual priorities.",
                            es="Parte diferenciada del Fondo de Trabajo con la que la oficina de empleo del distrito financia la formación permanente de personas ocupadas: cursos, estudios de posgrado, exámenes y gastos relacionados. Los recursos se conceden a solicitud, en convocatorias, teniendo en cuenta las prioridades anuales.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Fundusze europejskie dla zielonych miejsc pracy",
                        en="EU funds for green jobs",
                        es="Fondos europeos para los empleos verdes",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="W perspektywie finansowej 2021–2027 zielone miejsca pracy można wspierać z kilku źródeł. Europejski Fundusz Społeczny Plus (EFS+), ustanowiony rozporządzeniem (UE) 2021/1057, finansuje inwestycje w ludzi: aktywizację zawodową, szkolenia, doradztwo i rozwój kompetencji, w tym kompetencji potrzebnych w zielonej i cyfrowej transformacji. W Polsce środki EFS+ są wdrażane przez krajowy program Fundusze Europejskie dla Rozwoju Społecznego 2021–2027 (FERS) oraz przez programy regionalne.",
                            en="In the 2021–2027 financial period, green jobs can be supported from several sources. The European Social Fund Plus (ESF+), established by Regulation (EU) 2021/1057, funds investment in people: labour-market activation, training, guidance and skills development, including the skills needed for the green and digital transitions. In Poland ESF+ funds are implemented through the national European Funds for Social Development 2021–2027 programme (FERS) and through regional programmes.",
                            es="En el periodo financiero 2021-2027, los empleos verdes pueden apoyarse con varias fuentes. El Fondo Social Europeo Plus (FSE+), creado por el Reglamento (UE) 2021/1057, financia la inversión en las personas: activación laboral, formación, orientación y desarrollo de competencias, incluidas las necesarias para las transiciones verde y digital. En Polonia, el FSE+ se aplica a través del programa nacional Fondos Europeos para el Desarrollo Social 2021-2027 (FERS) y de los programas regionales.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Europejski Fundusz Społeczny Plus (EFS+)",
                            en="European Social Fund Plus (ESF+)",
                            es="Fondo Social Europeo Plus (FSE+)",
                        ),
                        "definition": T(
                            pl="Główny instrument UE służący inwestowaniu w ludzi w latach 2021–2027: zatrudnienie, edukacja, umiejętności i włączenie społeczne. W Polsce jest wdrażany przez krajowy program Fundusze Europejskie dla Rozwoju Społecznego oraz programy regionalne, w tym Fundusze Europejskie dla Podlaskiego 2021–2027.",
                            en="The EU’s main instrument for investing in people in 2021–2027: employment, education, skills and social inclusion. In Poland it is implemented through the national European Funds for Social Development programme and regional programmes, including European Funds for Podlaskie 2021–2027.",
                            es="Principal instrumento de la UE para invertir en las personas en 2021-2027: empleo, educación, competencias e inclusión social. En Polonia se aplica a través del programa nacional Fondos Europeos para el Desarrollo Social y de programas regionales, entre ellos Fondos Europeos para Podlaquia 2021-2027.",
                        ),
                    },
                ),
                (
                    "list",
                    [
                        T(
                            pl="Fundusze Europejskie dla Podlaskiego 2021–2027 (FEdP) – program regionalny zarządzany przez Zarząd Województwa Podlaskiego, łączący środki Europejskiego Funduszu Rozwoju Regionalnego i EFS+. Z części EFS+ finansuje się m.in. projekty aktywizacji zawodowej, w tym projekty powiatowych urzędów pracy, oraz wsparcie kształcenia dorosłych; z części EFRR – m.in. inwestycje w energię, środowisko i przedsiębiorczość.",
                            en="European Funds for Podlaskie 2021–2027 (FEdP) – a regional programme managed by the Podlaskie Voivodeship Board, combining resources from the European Regional Development Fund and the ESF+. The ESF+ part funds, among other things, labour-market activation projects, including projects run by county labour offices, and support for adult learning; the ERDF part funds, among other things, investment in energy, the environment and entrepreneurship.",
                            es="Fondos Europeos para Podlaquia 2021-2027 (FEdP): programa regional gestionado por el Consejo Ejecutivo del Voivodato de Podlaquia que combina recursos del Fondo Europeo de Desarrollo Regional y del FSE+. Con la parte del FSE+ se financian, entre otros, proyectos de activación laboral, incluidos los de las oficinas de empleo de distrito, y el apoyo a la formación de adultos; con la parte del FEDER, entre otras, inversiones en energía, medio ambiente y emprendimiento.",
                        ),
                        T(
                            pl="Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko 2021–2027 (FEnIKS) – program krajowy finansowany z Funduszu Spójności i EFRR, wspierający m.in. efektywność energetyczną, odnawialne źródła energii, adaptację do zmian klimatu, gospodarkę wodno-ściekową i gospodarkę o obiegu zamkniętym. Program nie finansuje szkoleń dla osób bezrobotnych, ale inwestycje z FEnIKS tworzą popyt na pracowników – np. przy budowie kanalizacji czy modernizacji energetycznej budynków.",
                            en="European Funds for Infrastructure, Climate and Environment 2021–2027 (FEnIKS) – a national programme funded by the Cohesion Fund and the ERDF, supporting energy efficiency, renewable energy, climate change adaptation, water and wastewater management and the circular economy, among other things. The programme does not fund training for unemployed people, but FEnIKS investments create demand for workers – for example in building sewer networks or the energy renovation of buildings.",
                            es="Fondos Europeos para Infraestructuras, Clima y Medio Ambiente 2021-2027 (FEnIKS): programa nacional financiado por el Fondo de Cohesión y el FEDER que apoya, entre otros ámbitos, la eficiencia energética, las energías renovables, la adaptación al cambio climático, la gestión del agua y las aguas residuales y la economía circular. El programa no financia formación para personas desempleadas, pero sus inversiones generan demanda de trabajadores, por ejemplo en la construcción de alcantarillado o en la rehabilitación energética de edificios.",
                        ),
                        T(
                            pl="Inne źródła, np. Krajowy Plan Odbudowy i Zwiększania Odporności czy program Fundusze Europejskie dla Nowoczesnej Gospodarki, wspierają inwestycje i innowacje firm, które także przekładają się na nowe zielone miejsca pracy.",
                            en="Other sources, such as the National Recovery and Resilience Plan or the European Funds for a Modern Economy programme, support business investment and innovation, which also translate into new green jobs.",
                            es="Otras fuentes, como el Plan Nacional de Recuperación y Resiliencia o el programa Fondos Europeos para una Economía Moderna, apoyan la inversión y la innovación empresariales, que también se traducen en nuevos empleos verdes.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Doradca nie musi znać wszystkich naborów, ale powinien wiedzieć, gdzie ich szukać: na portalu Funduszy Europejskich, na stronie programu regionalnego i w Punktach Informacyjnych Funduszy Europejskich. Przykłady partnerów projektu ZMP pokazują, jak fundusze UE wspierały zielone zatrudnienie za granicą: w czasie projektu partner z Cumbrii realizował w ramach EFRR program modernizacji mieszkań socjalnych (izolacje i instalacje odnawialnych źródeł energii), a w ramach EFS – projekt Green Ways to Work.",
                            en="An advisor does not need to know every call for proposals, but should know where to look for them: on the European Funds portal, on the regional programme’s website and at the European Funds Information Points. The ZMP project partners show how EU funds supported green employment abroad: at the time of the project, the partner from Cumbria was running an ERDF-funded programme to upgrade social housing (insulation and renewable energy installations) and the ESF-funded project Green Ways to Work.",
                            es="El asesor no necesita conocer todas las convocatorias, pero sí saber dónde buscarlas: en el portal de los Fondos Europeos, en la web del programa regional y en los Puntos de Información de los Fondos Europeos. Los socios del proyecto ZMP muestran cómo los fondos de la UE apoyaron el empleo verde en el extranjero: durante el proyecto, el socio de Cumbria ejecutaba con el FEDER un programa de rehabilitación de viviendas sociales (aislamiento e instalaciones de energías renovables) y, con el FSE, el proyecto Green Ways to Work.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": T(
                pl="spotkania-konsultacje-i-rodo",
                en="meetings-consultations-and-gdpr",
                es="reuniones-consultas-y-rgpd",
            ),
            "title": T(
                pl="Spotkanie informacyjne, konsultacja indywidualna i ochrona danych osobowych",
                en="Information meetings, individual consultations and personal data protection",
                es="Reuniones informativas, consultas individuales y protección de datos personales",
            ),
            "summary": T(
                pl="Jak zaplanować spotkanie informacyjne w gminie, jak poprowadzić konsultację z osobą szukającą pracy lub z pracodawcą i jak przy tym przestrzegać zasad RODO.",
                en="How to plan an information meeting in a municipality, how to run a consultation with a jobseeker or an employer, and how to comply with GDPR principles while doing so.",
                es="Cómo planificar una reunión informativa en un municipio, cómo llevar una consulta con un demandante de empleo o con un empleador y cómo respetar al mismo tiempo los principios del RGPD.",
            ),
            "body": [
                (
                    "heading",
                    T(
                        pl="Spotkanie informacyjne w gminie lub powiecie",
                        en="An information meeting in a municipality or county",
                        es="Una reunión informativa en un municipio o distrito",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Spotkania informacyjne były jednym z pierwszych zadań doradców ZMP: każdy doradca zorganizował je na swoim terenie, w gminach i powiatach, aby zaprezentować swoje kompetencje i usługi z zakresu zielonego rynku pracy. Dobrze przygotowane spotkanie pozwala dotrzeć do osób, które same nie przychodzą do urzędu – rolników, osób biernych zawodowo, małych przedsiębiorców czy sołtysów.",
                            en="Information meetings were one of the first tasks of the ZMP advisors: each advisor organised them in his or her own area, in municipalities and counties, to present their skills and services relating to the green labour market. A well-prepared meeting makes it possible to reach people who do not come to the office on their own – farmers, economically inactive people, small business owners or village leaders.",
                            es="Las reuniones informativas fueron una de las primeras tareas de los asesores ZMP: cada asesor las organizó en su zona, en municipios y distritos, para presentar sus competencias y servicios relacionados con el mercado laboral verde. Una reunión bien preparada permite llegar a personas que no acuden por sí mismas a la oficina: agricultores, personas inactivas, pequeños empresarios o alcaldes pedáneos.",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="Określ cel i odbiorców: czy chcesz zachęcić osoby bezrobotne do szkoleń, czy pokazać pracodawcom formy wsparcia? Od tego zależą termin, miejsce i język spotkania.",
                            en="Define the purpose and the audience: do you want to encourage unemployed people to take up training, or show employers the support available? The date, venue and language of the meeting depend on this.",
                            es="Define el objetivo y el público: ¿quieres animar a personas desempleadas a formarse o mostrar a los empleadores las ayudas disponibles? De ello dependen la fecha, el lugar y el lenguaje de la reunión.",
                        ),
                        T(
                            pl="Nawiąż współpracę z gminą, ośrodkiem pomocy społecznej, kołem gospodyń wiejskich, szkołą lub lokalną organizacją – pomogą dotrzeć do odbiorców i udostępnić salę.",
                            en="Work with the municipality, the social welfare centre, the rural women’s association, a school or a local organisation – they will help you reach your audience and provide a room.",
                            es="Colabora con el municipio, el centro de servicios sociales, la asociación de mujeres rurales, un centro educativo o una organización local: te ayudarán a llegar al público y a conseguir una sala.",
                        ),
                        T(
                            pl="Zadbaj o dostępność: dojazd, godzinę dogodną dla osób pracujących i opiekunów oraz dostęp dla osób z niepełnosprawnościami.",
                            en="Ensure accessibility: transport, a time that suits people in work and carers, and access for people with disabilities.",
                            es="Cuida la accesibilidad: el transporte, un horario adecuado para personas que trabajan y para cuidadores, y el acceso para personas con discapacidad.",
                        ),
                        T(
                            pl="Przygotuj krótką, konkretną prezentację z lokalnymi przykładami zielonych zawodów i realnymi ścieżkami: szkolenie, staż, własna działalność.",
                            en="Prepare a short, concrete presentation with local examples of green occupations and realistic pathways: training, a traineeship, self-employment.",
                            es="Prepara una presentación breve y concreta con ejemplos locales de profesiones verdes y trayectorias realistas: formación, prácticas, trabajo por cuenta propia.",
                        ),
                        T(
                            pl="Przygotuj materiały z kontaktami do urzędu i instytucji, ale nie zbieraj więcej danych osobowych, niż potrzebujesz.",
                            en="Prepare materials with contact details for the office and other institutions, but do not collect more personal data than you need.",
                            es="Prepara materiales con los datos de contacto de la oficina y otras instituciones, pero no recojas más datos personales de los que necesitas.",
                        ),
                        T(
                            pl="Po spotkaniu zaproponuj konsultacje indywidualne i zapisz wnioski: jakie pytania padały najczęściej i czego brakuje w lokalnej ofercie.",
                            en="After the meeting, offer individual consultations and note your conclusions: which questions came up most often and what is missing from the local offer.",
                            es="Después de la reunión, ofrece consultas individuales y anota tus conclusiones: qué preguntas fueron más frecuentes y qué falta en la oferta local.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Konsultacja indywidualna",
                        en="The individual consultation",
                        es="La consulta individual",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Doradcy ZMP udzielili łącznie 600 godzin konsultacji z obszaru zielonych miejsc pracy. Konsultacja indywidualna to rozmowa, w której doradca pomaga jednej osobie lub jednemu pracodawcy przełożyć ogólną wiedzę o zielonej gospodarce na konkretne decyzje. Warto prowadzić ją według prostego schematu:",
                            en="The ZMP advisors gave a total of 600 hours of consultations on green jobs. An individual consultation is a conversation in which the advisor helps one person or one employer turn general knowledge about the green economy into concrete decisions. It is worth following a simple structure:",
                            es="Los asesores ZMP prestaron en total 600 horas de consultas sobre empleos verdes. La consulta individual es una conversación en la que el asesor ayuda a una persona o a un empleador a convertir los conocimientos generales sobre la economía verde en decisiones concretas. Conviene seguir un esquema sencillo:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="Kontrakt: przedstaw się, wyjaśnij cel i czas rozmowy, zasady poufności oraz to, jakie dane zapiszesz i w jakim celu.",
                            en="Agreement: introduce yourself, explain the purpose and length of the conversation, the confidentiality rules and what data you will record and why.",
                            es="Encuadre: preséntate, explica el objetivo y la duración de la conversación, las normas de confidencialidad y qué datos anotarás y con qué fin.",
                        ),
                        T(
                            pl="Rozpoznanie: zapytaj o doświadczenie, wykształcenie, umiejętności, ograniczenia (np. dojazd, opieka nad bliskimi) i oczekiwania.",
                            en="Assessment: ask about experience, education, skills, constraints (such as transport or caring for relatives) and expectations.",
                            es="Diagnóstico: pregunta por la experiencia, la formación, las habilidades, las limitaciones (por ejemplo, el transporte o el cuidado de familiares) y las expectativas.",
                        ),
                        T(
                            pl="Informacja: przedstaw zawody, wymagane kwalifikacje, lokalnych pracodawców i formy wsparcia – rzetelnie i bez obietnic.",
                            en="Information: present occupations, the qualifications required, local employers and forms of support – reliably and without making promises.",
                            es="Información: presenta las profesiones, las cualificaciones exigidas, los empleadores de la zona y las formas de apoyo, con rigor y sin hacer promesas.",
                        ),
                        T(
                            pl="Plan: wspólnie ustalcie kolejne kroki, np. złożenie wniosku o szkolenie, kontakt z pracodawcą czy przygotowanie biznesplanu.",
                            en="Plan: agree on the next steps together, such as applying for training, contacting an employer or preparing a business plan.",
                            es="Plan: acordad juntos los siguientes pasos, como solicitar una formación, contactar con un empleador o preparar un plan de empresa.",
                        ),
                        T(
                            pl="Podsumowanie i dokumentacja: zapisz ustalenia w systemie urzędu i uzgodnij termin kolejnego kontaktu.",
                            en="Summary and records: record what was agreed in the office’s system and agree on a date for the next contact.",
                            es="Resumen y registro: anota lo acordado en el sistema de la oficina y fija la fecha del siguiente contacto.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="W konsultacji z pracodawcą pytania dotyczą raczej potrzeb firmy: jakie stanowiska będą potrzebne w związku z nowymi inwestycjami, przepisami czy technologiami, jakie kwalifikacje trudno znaleźć na rynku i czy firma mogłaby zorganizować staż lub skorzystać z KFS.",
                            en="In a consultation with an employer, the questions focus rather on the company’s needs: which positions will be needed because of new investments, regulations or technologies, which qualifications are hard to find on the market, and whether the company could host a traineeship or use the National Training Fund.",
                            es="En una consulta con un empleador, las preguntas se centran más bien en las necesidades de la empresa: qué puestos harán falta por nuevas inversiones, normas o tecnologías, qué cualificaciones son difíciles de encontrar en el mercado y si la empresa podría organizar prácticas o recurrir al Fondo Nacional de Formación.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Ochrona danych osobowych – RODO w pracy doradcy",
                        en="Personal data protection – the GDPR in the advisor’s work",
                        es="Protección de datos personales: el RGPD en el trabajo del asesor",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Doradca przetwarza dane osobowe niemal w każdej rozmowie. Podstawą jest rozporządzenie Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. (ogólne rozporządzenie o ochronie danych, RODO), stosowane od 25 maja 2018 r., oraz ustawa z dnia 10 maja 2018 r. o ochronie danych osobowych. Organem nadzorczym w Polsce jest Prezes Urzędu Ochrony Danych Osobowych. Artykuł 5 RODO określa zasady, których trzeba przestrzegać:",
                            en="An advisor processes personal data in almost every conversation. The legal basis is Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 (the General Data Protection Regulation, GDPR), applicable since 25 May 2018, and the Polish Act of 10 May 2018 on the protection of personal data. The supervisory authority in Poland is the President of the Personal Data Protection Office (UODO). Article 5 of the GDPR sets out the principles that must be observed:",
                            es="El asesor trata datos personales en casi todas las conversaciones. La base es el Reglamento (UE) 2016/679 del Parlamento Europeo y del Consejo, de 27 de abril de 2016 (Reglamento General de Protección de Datos, RGPD), aplicable desde el 25 de mayo de 2018, y la ley polaca de 10 de mayo de 2018 de protección de datos personales. La autoridad de control en Polonia es el Presidente de la Oficina de Protección de Datos Personales (UODO). El artículo 5 del RGPD establece los principios que deben respetarse:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="zgodność z prawem, rzetelność i przejrzystość – klient wie, kto i po co przetwarza jego dane;",
                            en="lawfulness, fairness and transparency – the client knows who is processing his or her data and why;",
                            es="licitud, lealtad y transparencia: el cliente sabe quién trata sus datos y para qué;",
                        ),
                        T(
                            pl="ograniczenie celu – dane zebrane do obsługi wniosku nie służą np. do wysyłki materiałów reklamowych;",
                            en="purpose limitation – data collected to handle an application are not used, for example, to send advertising material;",
                            es="limitación de la finalidad: los datos recogidos para tramitar una solicitud no se usan, por ejemplo, para enviar publicidad;",
                        ),
                        T(
                            pl="minimalizacja danych – zbierasz tylko to, co potrzebne;",
                            en="data minimisation – you collect only what is needed;",
                            es="minimización de datos: solo recoges lo necesario;",
                        ),
                        T(
                            pl="prawidłowość – dane są aktualne i w razie potrzeby poprawiane;",
                            en="accuracy – data are kept up to date and corrected where necessary;",
                            es="exactitud: los datos se mantienen actualizados y se corrigen cuando es necesario;",
                        ),
                        T(
                            pl="ograniczenie przechowywania – dane przechowuje się nie dłużej, niż to konieczne, z uwzględnieniem przepisów o archiwizacji;",
                            en="storage limitation – data are kept no longer than necessary, taking into account the rules on archiving;",
                            es="limitación del plazo de conservación: los datos se conservan solo el tiempo necesario, teniendo en cuenta las normas de archivo;",
                        ),
                        T(
                            pl="integralność i poufność – dane są chronione przed nieuprawnionym dostępem, utratą i zniszczeniem;",
                            en="integrity and confidentiality – data are protected against unauthorised access, loss and destruction;",
                            es="integridad y confidencialidad: los datos se protegen frente al acceso no autorizado, la pérdida y la destrucción;",
                        ),
                        T(
                            pl="rozliczalność – administrator musi umieć wykazać przestrzeganie tych zasad.",
                            en="accountability – the controller must be able to demonstrate compliance with these principles.",
                            es="responsabilidad proactiva: el responsable del tratamiento debe poder demostrar que cumple estos principios.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Zasada minimalizacji danych",
                            en="Data minimisation principle",
                            es="Principio de minimización de datos",
                        ),
                        "definition": T(
                            pl="Jedna z zasad RODO (art. 5 ust. 1 lit. c): dane osobowe muszą być adekwatne, stosowne oraz ograniczone do tego, co niezbędne do celów, w których są przetwarzane.",
                            en="One of the GDPR principles (Article 5(1)(c)): personal data must be adequate, relevant and limited to what is necessary in relation to the purposes for which they are processed.",
                            es="Uno de los principios del RGPD (artículo 5, apartado 1, letra c): los datos personales deben ser adecuados, pertinentes y limitados a lo necesario en relación con los fines para los que se tratan.",
                        ),
                    },
                ),
                (
                    "text",
                    [
                        T(
                            pl="Urząd pracy przetwarza większość danych klientów nie na podstawie zgody, lecz dlatego, że wymagają tego przepisy prawa lub jest to niezbędne do wykonania zadania realizowanego w interesie publicznym (art. 6 ust. 1 lit. c i e RODO). Dane szczególnych kategorii, np. dotyczące zdrowia, podlegają szczególnej ochronie (art. 9 RODO) – zapisuj je tylko wtedy, gdy jest to niezbędne i dopuszczalne. Klient powinien otrzymać informacje o przetwarzaniu jego danych (art. 13 RODO), a sprawy związane z jego prawami – np. dostępem do danych czy ich sprostowaniem – pomoże wyjaśnić inspektor ochrony danych, którego organ publiczny ma obowiązek wyznaczyć.",
                            en="A labour office processes most client data not on the basis of consent, but because the law requires it or because it is necessary for performing a task carried out in the public interest (Article 6(1)(c) and (e) GDPR). Special categories of data, such as health data, enjoy special protection (Article 9 GDPR) – record them only where this is necessary and permitted. The client should receive information about the processing of his or her data (Article 13 GDPR), and questions about his or her rights – such as access to data or rectification – can be clarified with the help of the data protection officer, whom a public authority is required to appoint.",
                            es="La oficina de empleo trata la mayoría de los datos de sus clientes no sobre la base del consentimiento, sino porque lo exige la ley o porque es necesario para cumplir una misión realizada en interés público (artículo 6, apartado 1, letras c y e, del RGPD). Las categorías especiales de datos, como los relativos a la salud, gozan de una protección especial (artículo 9 del RGPD): regístralos solo cuando sea necesario y esté permitido. El cliente debe recibir información sobre el tratamiento de sus datos (artículo 13 del RGPD), y las cuestiones relativas a sus derechos –como el acceso a los datos o su rectificación– puede ayudar a resolverlas el delegado de protección de datos, que todo organismo público está obligado a designar.",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="Nie przesyłaj danych klientów z prywatnej poczty ani przez prywatne komunikatory; korzystaj z systemów i kanałów udostępnionych przez pracodawcę.",
                            en="Do not send client data from a private email account or through private messaging apps; use the systems and channels provided by your employer.",
                            es="No envíes datos de clientes desde el correo privado ni por aplicaciones de mensajería privadas; utiliza los sistemas y canales que facilita tu empleador.",
                        ),
                        T(
                            pl="Nie zostawiaj dokumentów na biurku i blokuj ekran komputera, gdy odchodzisz od stanowiska.",
                            en="Do not leave documents on your desk, and lock your computer screen when you step away.",
                            es="No dejes documentos sobre la mesa y bloquea la pantalla del ordenador cuando te levantes del puesto.",
                        ),
                        T(
                            pl="Na liście obecności ze spotkania informacyjnego zbieraj tylko dane niezbędne do rozliczenia spotkania i poinformuj uczestników o celu ich zbierania.",
                            en="On the attendance list for an information meeting, collect only the data needed to account for the meeting, and tell participants why they are being collected.",
                            es="En la hoja de asistencia de una reunión informativa, recoge solo los datos necesarios para justificar la reunión e informa a los asistentes de la finalidad.",
                        ),
                        T(
                            pl="Zdjęcia ze spotkania rozpowszechniaj tylko za zgodą osób, które są na nich rozpoznawalne, chyba że zachodzi wyjątek z ustawy z dnia 4 lutego 1994 r. o prawie autorskim i prawach pokrewnych (np. osoba stanowi jedynie szczegół całości, takiej jak zgromadzenie lub publiczna impreza).",
                            en="Publish photos from the meeting only with the consent of the people who can be recognised in them, unless an exception under the Act of 4 February 1994 on copyright and related rights applies (for example, the person is merely a detail of a whole, such as an assembly or a public event).",
                            es="Difunde fotos de la reunión solo con el consentimiento de las personas reconocibles en ellas, salvo que se aplique una excepción de la Ley de 4 de febrero de 1994 de derechos de autor y derechos afines (por ejemplo, que la persona sea solo un detalle de un conjunto, como una concentración o un acto público).",
                        ),
                        T(
                            pl="Jeśli dojdzie do incydentu – np. zgubisz nośnik z danymi lub wyślesz e-mail do niewłaściwej osoby – natychmiast zgłoś to zgodnie z procedurą urzędu. Administrator ma co do zasady 72 godziny na zgłoszenie naruszenia Prezesowi UODO (art. 33 RODO).",
                            en="If an incident occurs – for example you lose a storage device containing data or send an email to the wrong person – report it immediately in accordance with the office’s procedure. As a rule, the controller has 72 hours to notify the breach to the President of UODO (Article 33 GDPR).",
                            es="Si se produce un incidente –por ejemplo, pierdes un soporte con datos o envías un correo a la persona equivocada–, comunícalo de inmediato según el procedimiento de la oficina. Por regla general, el responsable dispone de 72 horas para notificar la violación al Presidente de la UODO (artículo 33 del RGPD).",
                        ),
                    ],
                ),
            ],
        },
    ],
    "quiz": {
        "title": T(
            pl="Test: szkolenie administracyjne",
            en="Quiz: administrative training",
            es="Test: formación administrativa",
        ),
        "intro": T(
            pl="Dziesięć pytań sprawdzających wiedzę z czterech lekcji kursu. Aby zaliczyć test, potrzebujesz co najmniej 70% poprawnych odpowiedzi. Przy każdej odpowiedzi znajdziesz wyjaśnienie.",
            en="Ten questions testing your knowledge of the course’s four lessons. To pass, you need at least 70% correct answers. Each answer comes with an explanation.",
            es="Diez preguntas que ponen a prueba lo aprendido en las cuatro lecciones del curso. Para aprobar necesitas al menos un 70 % de respuestas correctas. Cada respuesta incluye una explicación.",
        ),
    },
}
