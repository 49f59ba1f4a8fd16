"""Demo course: block "odnawialne źródła energii" (renewable energy sources)."""

from core.demo.text import T

COURSE = {
    "key": "renewable-energy",
    "illustration": "renewable-energy",
    "slug": T(
        pl="odnawialne-zrodla-energii",
        en="renewable-energy",
        es="energias-renovables",
    ),
    "title": T(
        pl="Odnawialne źródła energii",
        en="Renewable energy sources",
        es="Fuentes de energía renovables",
    ),
    "summary": T(
        pl="Fotowoltaika, pompy ciepła, biomasa i energia wiatru, zasady rozliczeń prosumentów i programy wsparcia oraz kwalifikacje, które otwierają drogę do pracy przy montażu i serwisie instalacji OZE.",
        en="Photovoltaics, heat pumps, biomass and wind power, the rules for prosumer billing and support schemes, and the qualifications that open the way to jobs installing and servicing renewable energy systems.",
        es="Fotovoltaica, bombas de calor, biomasa y energía eólica, las reglas de facturación de los prosumidores y los programas de ayudas, y las cualificaciones que abren la puerta a empleos de instalación y mantenimiento de renovables.",
    ),
    "description": [
        T(
            pl="Kurs odpowiada blokowi tematycznemu „odnawialne źródła energii”, jednemu z pięciu bloków szkoleniowych doradców ds. zielonych miejsc pracy. Wyjaśnia, jak działają najważniejsze technologie OZE stosowane w Polsce, jakie ramy wyznaczają ustawa z dnia 20 lutego 2015 r. o odnawialnych źródłach energii i prawo Unii Europejskiej, na czym polega rozliczanie prosumentów w systemie net-billing i jak działają publiczne programy wsparcia.",
            en="This course corresponds to the ‘renewable energy sources’ thematic block, one of the five training blocks for green-jobs advisors. It explains how the main renewable energy technologies used in Poland work, what framework is set by the Act of 20 February 2015 on renewable energy sources and by European Union law, how prosumers are billed under the net-billing system and how public support schemes work.",
            es="El curso corresponde al bloque temático «fuentes de energía renovables», uno de los cinco bloques de formación de los asesores de empleos verdes. Explica cómo funcionan las principales tecnologías renovables utilizadas en Polonia, qué marco establecen la Ley de 20 de febrero de 2015 sobre fuentes de energía renovables y el Derecho de la Unión Europea, en qué consiste la facturación de los prosumidores en el sistema de facturación neta (net-billing) y cómo funcionan los programas públicos de ayudas.",
        ),
        T(
            pl="Druga część kursu dotyczy rynku pracy: zawodów, certyfikatów i uprawnień w branży OZE, typowych pracodawców w województwie podlaskim i ścieżek kariery, które można zaproponować klientom. Warunki programów dotacyjnych i zasady rozliczeń prosumentów często się zmieniają – kurs opisuje mechanizmy, a przed udzieleniem porady zawsze sprawdzaj aktualne przepisy i regulaminy naborów.",
            en="The second part of the course deals with the labour market: occupations, certificates and licences in the renewable energy sector, typical employers in the Podlaskie region and career paths that can be suggested to clients. The conditions of grant schemes and the rules for prosumer billing change frequently – the course describes the mechanisms, and before giving advice you should always check the current legislation and the rules of each call for applications.",
            es="La segunda parte del curso trata del mercado laboral: ocupaciones, certificados y habilitaciones del sector de las renovables, empleadores habituales en el voivodato de Podlaquia e itinerarios profesionales que pueden proponerse a los clientes. Las condiciones de los programas de subvenciones y las reglas de facturación de los prosumidores cambian a menudo: el curso describe los mecanismos y, antes de asesorar, conviene comprobar siempre la normativa vigente y las bases de cada convocatoria.",
        ),
    ],
    "outcomes": [
        T(
            pl="Opisać zasadę działania instalacji fotowoltaicznej, pompy ciepła, kotła na biomasę, biogazowni i elektrowni wiatrowej.",
            en="Describe how a photovoltaic system, a heat pump, a biomass boiler, a biogas plant and a wind turbine work.",
            es="Describir el funcionamiento de una instalación fotovoltaica, una bomba de calor, una caldera de biomasa, una planta de biogás y un aerogenerador.",
        ),
        T(
            pl="Wyjaśnić podstawowe pojęcia ustawy o odnawialnych źródłach energii, w tym mikroinstalację i prosumenta energii odnawialnej.",
            en="Explain the basic concepts of the Renewable Energy Sources Act, including the micro-installation and the renewable energy prosumer.",
            es="Explicar los conceptos básicos de la Ley sobre fuentes de energía renovables, incluidos la microinstalación y el prosumidor de energía renovable.",
        ),
        T(
            pl="Objaśnić klientowi różnicę między systemem opustów a net-billingiem oraz znaczenie autokonsumpcji.",
            en="Explain to a client the difference between net metering and net billing, and why self-consumption matters.",
            es="Explicar a un cliente la diferencia entre el balance neto y la facturación neta, así como la importancia del autoconsumo.",
        ),
        T(
            pl="Scharakteryzować programy „Mój Prąd” i „Czyste Powietrze” oraz wskazać, gdzie sprawdzić ich aktualne warunki.",
            en="Outline the ‘Mój Prąd’ and ‘Czyste Powietrze’ schemes and identify where to check their current conditions.",
            es="Caracterizar los programas «Mój Prąd» y «Czyste Powietrze» e indicar dónde consultar sus condiciones vigentes.",
        ),
        T(
            pl="Wskazać kwalifikacje potrzebne w branży OZE – certyfikat UDT, świadectwa kwalifikacyjne, certyfikat F-gazowy – i zaplanować z klientem ścieżkę kariery.",
            en="Identify the qualifications needed in the renewable energy sector – the UDT certificate, qualification certificates, the F-gas certificate – and plan a career path with a client.",
            es="Identificar las cualificaciones necesarias en el sector de las renovables —el certificado de la UDT, los certificados de cualificación, el certificado de gases fluorados— y planificar con el cliente su itinerario profesional.",
        ),
    ],
    "estimated_minutes": 90,
    "pass_mark": 70,
    "glossary": [
        {
            "term": T(
                pl="Odnawialne źródło energii (OZE)",
                en="Renewable energy source (RES)",
                es="Fuente de energía renovable",
            ),
            "definition": T(
                pl="Niekopalne źródło energii, które odnawia się w naturalnych procesach – np. energia promieniowania słonecznego i wiatru, ciepło otoczenia wykorzystywane przez pompy ciepła, energia geotermalna, hydroenergia oraz energia z biomasy i biogazu. Definicję ustawową zawiera ustawa z dnia 20 lutego 2015 r. o odnawialnych źródłach energii.",
                en="A non-fossil energy source that is renewed by natural processes – such as solar and wind energy, ambient heat used by heat pumps, geothermal energy, hydropower and energy from biomass and biogas. The statutory definition is in the Act of 20 February 2015 on renewable energy sources.",
                es="Fuente de energía no fósil que se renueva mediante procesos naturales, como la energía solar y eólica, el calor ambiente que aprovechan las bombas de calor, la energía geotérmica, la hidroeléctrica y la energía de la biomasa y el biogás. La definición legal figura en la Ley de 20 de febrero de 2015 sobre fuentes de energía renovables.",
            ),
        },
        {
            "term": T(
                pl="Mikroinstalacja",
                en="Micro-installation",
                es="Microinstalación",
            ),
            "definition": T(
                pl="Instalacja OZE o łącznej mocy zainstalowanej elektrycznej nie większej niż 50 kW, przyłączona do sieci elektroenergetycznej o napięciu znamionowym niższym niż 110 kV, albo o mocy osiągalnej cieplnej w skojarzeniu nie większej niż 150 kW, w której łączna moc zainstalowana elektryczna nie przekracza 50 kW.",
                en="A renewable energy installation with a total installed electrical capacity of no more than 50 kW, connected to a power grid with a rated voltage below 110 kV, or with an achievable thermal capacity in cogeneration of no more than 150 kW, where the total installed electrical capacity does not exceed 50 kW.",
                es="Instalación de energía renovable con una potencia eléctrica instalada total no superior a 50 kW, conectada a una red eléctrica de tensión nominal inferior a 110 kV, o con una potencia térmica disponible en cogeneración no superior a 150 kW, siempre que la potencia eléctrica instalada total no supere los 50 kW.",
            ),
        },
        {
            "term": T(
                pl="Prosument energii odnawialnej",
                en="Renewable energy prosumer",
                es="Prosumidor de energía renovable",
            ),
            "definition": T(
                pl="Odbiorca końcowy, który wytwarza energię elektryczną wyłącznie z OZE na własne potrzeby w mikroinstalacji i może ją magazynować lub oddawać do sieci; jeśli nie jest gospodarstwem domowym, wytwarzanie energii nie może być przedmiotem jego przeważającej działalności gospodarczej.",
                en="A final customer who generates electricity solely from renewable sources for their own needs in a micro-installation and may store it or feed it into the grid; if the customer is not a household, generating energy must not be their main business activity.",
                es="Consumidor final que genera electricidad exclusivamente a partir de fuentes renovables para su propio consumo en una microinstalación y puede almacenarla o verterla a la red; si no es un hogar, la generación de energía no puede ser su actividad económica principal.",
            ),
        },
        {
            "term": T(
                pl="Net-billing",
                en="Net billing",
                es="Facturación neta (net-billing)",
            ),
            "definition": T(
                pl="System rozliczania prosumentów stosowany co do zasady wobec osób przyłączonych od 1 kwietnia 2022 r.: wartość energii wprowadzonej do sieci, liczona według rynkowych cen energii, trafia do depozytu prosumenckiego i służy do opłacenia energii pobranej z sieci.",
                en="The prosumer billing system that as a rule applies to those connected from 1 April 2022: the value of the electricity fed into the grid, calculated at market prices, is credited to a prosumer deposit and used to pay for electricity drawn from the grid.",
                es="Sistema de facturación de los prosumidores que, por regla general, se aplica a quienes se conectaron a partir del 1 de abril de 2022: el valor de la electricidad vertida a la red, calculado a precios de mercado, se abona en un depósito del prosumidor y sirve para pagar la electricidad tomada de la red.",
            ),
        },
        {
            "term": T(
                pl="Autokonsumpcja",
                en="Self-consumption",
                es="Autoconsumo",
            ),
            "definition": T(
                pl="Zużywanie energii elektrycznej wytworzonej we własnej instalacji w chwili jej produkcji, bez oddawania jej do sieci. W systemie net-billing wyższa autokonsumpcja zwykle poprawia opłacalność mikroinstalacji.",
                en="Using electricity generated by one’s own installation at the moment it is produced, without feeding it into the grid. Under net billing, higher self-consumption usually improves the economics of a micro-installation.",
                es="Consumo de la electricidad generada en la propia instalación en el momento de su producción, sin verterla a la red. En la facturación neta, un mayor autoconsumo suele mejorar la rentabilidad de una microinstalación.",
            ),
        },
        {
            "term": T(
                pl="Pompa ciepła",
                en="Heat pump",
                es="Bomba de calor",
            ),
            "definition": T(
                pl="Urządzenie, które przenosi ciepło z otoczenia – powietrza, gruntu lub wody – do instalacji grzewczej budynku, zużywając energię elektryczną do napędu sprężarki; jego efektywność opisuje współczynnik COP, a w skali sezonu – SCOP.",
                en="A device that transfers heat from the surroundings – air, ground or water – to a building’s heating system, using electricity to drive its compressor; its efficiency is expressed by the coefficient of performance (COP) and, over a season, by the SCOP.",
                es="Equipo que transfiere calor del entorno —aire, terreno o agua— a la instalación de calefacción de un edificio, utilizando electricidad para accionar el compresor; su eficiencia se expresa mediante el coeficiente de rendimiento (COP) y, a lo largo de la temporada, mediante el SCOP.",
            ),
        },
        {
            "term": T(
                pl="Certyfikat instalatora OZE",
                en="RES installer certificate",
                es="Certificado de instalador de renovables",
            ),
            "definition": T(
                pl="Dokument wydawany przez Prezesa Urzędu Dozoru Technicznego na podstawie ustawy o odnawialnych źródłach energii, potwierdzający kwalifikacje do instalowania kotłów i pieców na biomasę, systemów fotowoltaicznych, słonecznych systemów grzewczych, pomp ciepła lub płytkich systemów geotermalnych; wydawany na 5 lat.",
                en="A document issued by the President of the Office of Technical Inspection (UDT) under the Renewable Energy Sources Act, confirming qualifications to install biomass boilers and stoves, photovoltaic systems, solar thermal systems, heat pumps or shallow geothermal systems; it is issued for 5 years.",
                es="Documento expedido por el presidente de la Oficina de Inspección Técnica (UDT) con arreglo a la Ley sobre fuentes de energía renovables, que acredita la cualificación para instalar calderas y estufas de biomasa, sistemas fotovoltaicos, sistemas solares térmicos, bombas de calor o sistemas geotérmicos someros; se expide por 5 años.",
            ),
        },
        {
            "term": T(
                pl="Świadectwo kwalifikacyjne",
                en="Qualification certificate (energy equipment)",
                es="Certificado de cualificación (equipos energéticos)",
            ),
            "definition": T(
                pl="Dokument potwierdzający kwalifikacje do zajmowania się eksploatacją urządzeń, instalacji i sieci energetycznych – np. elektrycznych (grupa 1) lub cieplnych (grupa 2) – wydawany po egzaminie przed komisją kwalifikacyjną; potocznie mówi się o „uprawnieniach SEP”.",
                en="A document confirming qualifications to operate and maintain energy equipment, installations and networks – for example electrical (group 1) or thermal (group 2) – issued after an examination before a qualification board; informally known as ‘SEP qualifications’.",
                es="Documento que acredita la cualificación para la explotación de equipos, instalaciones y redes energéticas —por ejemplo, eléctricas (grupo 1) o térmicas (grupo 2)—, expedido tras un examen ante una comisión de cualificación; coloquialmente se habla de «habilitación SEP».",
            ),
        },
    ],
    "lessons": [
        {
            "slug": T(
                pl="oze-technologie-prawo-i-cele",
                en="res-technologies-law-and-targets",
                es="renovables-tecnologias-normativa-y-objetivos",
            ),
            "title": T(
                pl="OZE – technologie, prawo i cele",
                en="Renewable energy – technologies, law and targets",
                es="Energías renovables: tecnologías, normativa y objetivos",
            ),
            "summary": T(
                pl="Jakie są odnawialne źródła energii, jak definiuje je polskie prawo, jakie cele wyznacza Unia Europejska i co transformacja energetyczna oznacza dla rynku pracy w regionie.",
                en="What renewable energy sources are, how Polish law defines them, what targets the European Union sets and what the energy transition means for the regional labour market.",
                es="Qué son las fuentes de energía renovables, cómo las define el Derecho polaco, qué objetivos fija la Unión Europea y qué supone la transición energética para el mercado laboral de la región.",
            ),
            "body": [
                (
                    "heading",
                    T(
                        pl="Czym są odnawialne źródła energii",
                        en="What renewable energy sources are",
                        es="Qué son las fuentes de energía renovables",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Odnawialne źródła energii (OZE) to źródła, które odnawiają się w naturalnych procesach i nie są paliwami kopalnymi. Ustawa z dnia 20 lutego 2015 r. o odnawialnych źródłach energii wymienia wśród nich m.in. energię wiatru i promieniowania słonecznego, energię aerotermalną, geotermalną i hydrotermalną, hydroenergię, energię fal, prądów i pływów morskich oraz energię otrzymywaną z biomasy, biogazu, biogazu rolniczego i biopłynów. Energia aerotermalna i geotermalna płytkich warstw gruntu to w praktyce ciepło otoczenia, które wykorzystują pompy ciepła.",
                            en="Renewable energy sources (RES) are sources that are renewed by natural processes and are not fossil fuels. The Act of 20 February 2015 on renewable energy sources lists among them wind and solar energy, aerothermal, geothermal and hydrothermal energy, hydropower, wave, current and tidal energy, and energy obtained from biomass, biogas, agricultural biogas and bioliquids. Aerothermal energy and shallow geothermal energy are, in practice, the ambient heat used by heat pumps.",
                            es="Las fuentes de energía renovables son fuentes que se renuevan mediante procesos naturales y no son combustibles fósiles. La Ley de 20 de febrero de 2015 sobre fuentes de energía renovables enumera entre ellas la energía eólica y solar, la energía aerotérmica, geotérmica e hidrotérmica, la energía hidroeléctrica, la energía de las olas, las corrientes y las mareas, y la energía obtenida de la biomasa, el biogás, el biogás agrícola y los biolíquidos. La energía aerotérmica y la geotérmica somera son, en la práctica, el calor ambiente que aprovechan las bombas de calor.",
                        ),
                        T(
                            pl="Z punktu widzenia doradcy najważniejsze są technologie, które tworzą miejsca pracy w każdym powiecie: instalacje fotowoltaiczne na dachach i gruntach, pompy ciepła w domach i budynkach publicznych, kotły na biomasę, biogazownie rolnicze oraz farmy wiatrowe. Każda z nich wymaga projektowania, montażu, uruchomienia, serwisu i obsługi klienta – a więc pracowników o różnych kwalifikacjach.",
                            en="From an advisor’s point of view, the most important technologies are those that create jobs in every district: rooftop and ground-mounted photovoltaic systems, heat pumps in homes and public buildings, biomass boilers, agricultural biogas plants and wind farms. Each of them requires design, installation, commissioning, servicing and customer support – and therefore workers with a range of qualifications.",
                            es="Desde el punto de vista del asesor, las tecnologías más importantes son las que crean empleo en todos los distritos: instalaciones fotovoltaicas en cubiertas y sobre suelo, bombas de calor en viviendas y edificios públicos, calderas de biomasa, plantas de biogás agrícola y parques eólicos. Cada una de ellas requiere diseño, montaje, puesta en marcha, mantenimiento y atención al cliente, y por tanto trabajadores con cualificaciones diversas.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Odnawialne źródło energii (OZE)",
                            en="Renewable energy source (RES)",
                            es="Fuente de energía renovable",
                        ),
                        "definition": T(
                            pl="Niekopalne źródło energii, które odnawia się w naturalnych procesach – np. energia promieniowania słonecznego i wiatru, ciepło otoczenia wykorzystywane przez pompy ciepła, energia geotermalna, hydroenergia oraz energia z biomasy i biogazu. Definicję ustawową zawiera ustawa z dnia 20 lutego 2015 r. o odnawialnych źródłach energii.",
                            en="A non-fossil energy source that is renewed by natural processes – such as solar and wind energy, ambient heat used by heat pumps, geothermal energy, hydropower and energy from biomass and biogas. The statutory definition is in the Act of 20 February 2015 on renewable energy sources.",
                            es="Fuente de energía no fósil que se renueva mediante procesos naturales, como la energía solar y eólica, el calor ambiente que aprovechan las bombas de calor, la energía geotérmica, la hidroeléctrica y la energía de la biomasa y el biogás. La definición legal figura en la Ley de 20 de febrero de 2015 sobre fuentes de energía renovables.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Ustawa o OZE – najważniejsze pojęcia",
                        en="The Renewable Energy Sources Act – key concepts",
                        es="La Ley de energías renovables: conceptos clave",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Ustawa o odnawialnych źródłach energii określa m.in. zasady wytwarzania energii z OZE, mechanizmy wsparcia (np. system aukcyjny dla większych instalacji), zasady działania prosumentów oraz wymagania dotyczące kwalifikacji instalatorów. Wprowadza też podział instalacji według mocy:",
                            en="The Renewable Energy Sources Act sets out, among other things, the rules for generating energy from renewable sources, support mechanisms (such as the auction system for larger installations), the rules for prosumers and the requirements for installers’ qualifications. It also classifies installations by capacity:",
                            es="La Ley sobre fuentes de energía renovables regula, entre otras cosas, las normas de generación de energía renovable, los mecanismos de apoyo (como el sistema de subastas para las instalaciones más grandes), las normas aplicables a los prosumidores y los requisitos de cualificación de los instaladores. También clasifica las instalaciones según su potencia:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="mikroinstalacja – instalacja o łącznej mocy zainstalowanej elektrycznej nie większej niż 50 kW (lub o mocy cieplnej w skojarzeniu nie większej niż 150 kW), przyłączona do sieci o napięciu niższym niż 110 kV; to typowa instalacja domowa lub małej firmy;",
                            en="micro-installation – an installation with a total installed electrical capacity of no more than 50 kW (or a thermal capacity in cogeneration of no more than 150 kW), connected to a grid with a voltage below 110 kV; this is the typical installation of a household or small business;",
                            es="microinstalación: instalación con una potencia eléctrica instalada total no superior a 50 kW (o una potencia térmica en cogeneración no superior a 150 kW), conectada a una red de tensión inferior a 110 kV; es la instalación típica de un hogar o de una pequeña empresa;",
                        ),
                        T(
                            pl="mała instalacja – instalacja o mocy elektrycznej powyżej 50 kW do 1 MW, np. na dachu zakładu produkcyjnego lub budynków gospodarstwa rolnego;",
                            en="small installation – an installation with an electrical capacity of over 50 kW up to 1 MW, for example on the roof of a factory or of farm buildings;",
                            es="pequeña instalación: instalación con una potencia eléctrica de más de 50 kW hasta 1 MW, por ejemplo en la cubierta de una fábrica o de los edificios de una explotación agraria;",
                        ),
                        T(
                            pl="większe instalacje – np. farmy fotowoltaiczne i wiatrowe czy elektrociepłownie na biomasę – które podlegają dodatkowym wymogom administracyjnym (m.in. wpisowi do rejestru lub koncesji Prezesa Urzędu Regulacji Energetyki) i mogą korzystać z systemu aukcyjnego.",
                            en="larger installations – such as solar and wind farms or biomass combined heat and power plants – which are subject to additional administrative requirements (including registration or a licence from the President of the Energy Regulatory Office) and may take part in the auction system.",
                            es="instalaciones mayores —por ejemplo, parques fotovoltaicos y eólicos o centrales de cogeneración de biomasa—, sujetas a requisitos administrativos adicionales (entre ellos, la inscripción en un registro o una licencia del presidente de la Oficina Reguladora de la Energía) y que pueden participar en el sistema de subastas.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Mikroinstalację przyłącza się do sieci na podstawie zgłoszenia do operatora systemu dystrybucyjnego (OSD), o ile jej moc nie przekracza mocy przyłączeniowej obiektu. Instalacje fotowoltaiczne o mocy powyżej 6,5 kW wymagają ponadto uzgodnienia projektu z rzeczoznawcą do spraw zabezpieczeń przeciwpożarowych i zawiadomienia Państwowej Straży Pożarnej. Instalator potrzebuje więc nie tylko umiejętności montażowych, ale też znajomości procedur.",
                            en="A micro-installation is connected to the grid on the basis of a notification to the distribution system operator (DSO), provided that its capacity does not exceed the connection capacity of the building. Photovoltaic systems above 6.5 kW also require the design to be approved by a fire safety expert and the State Fire Service to be notified. An installer therefore needs not only practical skills but also knowledge of the procedures.",
                            es="La microinstalación se conecta a la red previa comunicación al gestor de la red de distribución, siempre que su potencia no supere la potencia de conexión del inmueble. Las instalaciones fotovoltaicas de más de 6,5 kW requieren además que el proyecto sea validado por un perito en protección contra incendios y que se notifique al Servicio Estatal de Bomberos. Por tanto, el instalador necesita no solo destreza en el montaje, sino también conocer los procedimientos.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Mikroinstalacja",
                            en="Micro-installation",
                            es="Microinstalación",
                        ),
                        "definition": T(
                            pl="Instalacja OZE o łącznej mocy zainstalowanej elektrycznej nie większej niż 50 kW, przyłączona do sieci elektroenergetycznej o napięciu znamionowym niższym niż 110 kV, albo o mocy osiągalnej cieplnej w skojarzeniu nie większej niż 150 kW, w której łączna moc zainstalowana elektryczna nie przekracza 50 kW.",
                            en="A renewable energy installation with a total installed electrical capacity of no more than 50 kW, connected to a power grid with a rated voltage below 110 kV, or with an achievable thermal capacity in cogeneration of no more than 150 kW, where the total installed electrical capacity does not exceed 50 kW.",
                            es="Instalación de energía renovable con una potencia eléctrica instalada total no superior a 50 kW, conectada a una red eléctrica de tensión nominal inferior a 110 kV, o con una potencia térmica disponible en cogeneración no superior a 150 kW, siempre que la potencia eléctrica instalada total no supere los 50 kW.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Cele unijne i krajowe",
                        en="EU and national targets",
                        es="Objetivos europeos y nacionales",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Ramy rozwoju OZE w Unii Europejskiej wyznacza dyrektywa Parlamentu Europejskiego i Rady (UE) 2018/2001 w sprawie promowania stosowania energii ze źródeł odnawialnych, znowelizowana dyrektywą (UE) 2023/2413 (tzw. RED III). Zgodnie z nią udział energii ze źródeł odnawialnych w końcowym zużyciu energii brutto w całej Unii ma w 2030 r. wynieść co najmniej 42,5%, przy ambicji osiągnięcia 45%. Państwa członkowskie określają swój wkład w krajowych planach w dziedzinie energii i klimatu. Polska pracowała nad aktualizacją swojego planu – sprawdzaj, jakie cele krajowe obowiązują obecnie.",
                            en="The framework for renewable energy in the European Union is set by Directive (EU) 2018/2001 of the European Parliament and of the Council on the promotion of the use of energy from renewable sources, as amended by Directive (EU) 2023/2413 (known as RED III). Under it, the share of energy from renewable sources in the Union’s gross final consumption of energy is to be at least 42.5% in 2030, with an aspiration to reach 45%. Member States set out their contributions in national energy and climate plans. Poland has been working on updating its plan – check which national targets currently apply.",
                            es="El marco de las renovables en la Unión Europea lo establece la Directiva (UE) 2018/2001 del Parlamento Europeo y del Consejo relativa al fomento del uso de energía procedente de fuentes renovables, modificada por la Directiva (UE) 2023/2413 (conocida como RED III). Según esta norma, la cuota de energía procedente de fuentes renovables en el consumo final bruto de energía de la Unión debe ser de al menos el 42,5 % en 2030, con la aspiración de alcanzar el 45 %. Los Estados miembros fijan su contribución en los planes nacionales integrados de energía y clima. Polonia ha trabajado en la actualización de su plan: comprueba qué objetivos nacionales están vigentes.",
                        ),
                        T(
                            pl="Dyrektywa RED III kładzie też nacisk na szybsze procedury wydawania pozwoleń, rozwój pomp ciepła i ciepłownictwa opartego na OZE oraz na kwalifikacje instalatorów. Państwa członkowskie mają zapewnić systemy certyfikacji lub równoważne systemy kwalifikacji dla instalatorów m.in. pomp ciepła, instalacji fotowoltaicznych i kotłów na biomasę. To wyraźny sygnał dla rynku pracy: niedobór wykwalifikowanych instalatorów jest jedną z barier transformacji energetycznej.",
                            en="RED III also emphasises faster permitting procedures, the development of heat pumps and renewables-based district heating, and installers’ qualifications. Member States must provide certification or equivalent qualification schemes for installers of, among other things, heat pumps, photovoltaic systems and biomass boilers. This is a clear signal for the labour market: a shortage of qualified installers is one of the barriers to the energy transition.",
                            es="La RED III insiste también en la agilización de los procedimientos de concesión de permisos, el desarrollo de las bombas de calor y de las redes de calor renovables, y la cualificación de los instaladores. Los Estados miembros deben garantizar sistemas de certificación o sistemas de cualificación equivalentes para los instaladores de, entre otros, bombas de calor, instalaciones fotovoltaicas y calderas de biomasa. Es una señal clara para el mercado laboral: la escasez de instaladores cualificados es uno de los obstáculos de la transición energética.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Transformacja energetyczna a rynek pracy w województwie podlaskim",
                        en="The energy transition and the labour market in the Podlaskie region",
                        es="La transición energética y el mercado laboral de Podlaquia",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Województwo podlaskie ma w dużej mierze charakter rolniczy, z dużym udziałem zabudowy jednorodzinnej i gospodarstw rolnych. Takie warunki sprzyjają instalacjom prosumenckim na dachach domów i budynków gospodarczych, pompom ciepła i kotłom na biomasę w domach, a także biogazowniom rolniczym wykorzystującym np. gnojowicę oraz pozostałości z produkcji rolnej i przetwórstwa spożywczego. W regionie działają również lądowe farmy wiatrowe i fotowoltaiczne.",
                            en="The Podlaskie region is largely agricultural, with many single-family houses and farms. These conditions favour prosumer installations on the roofs of houses and farm buildings, heat pumps and biomass boilers in homes, and agricultural biogas plants using, for example, slurry and residues from farming and food processing. The region also has onshore wind farms and solar farms.",
                            es="El voivodato de Podlaquia es en gran medida agrario, con abundantes viviendas unifamiliares y explotaciones agrícolas. Estas condiciones favorecen las instalaciones de autoconsumo en las cubiertas de viviendas y edificios agrícolas, las bombas de calor y las calderas de biomasa en los hogares, así como las plantas de biogás agrícola que aprovechan, por ejemplo, purines y residuos de la producción agraria y de la industria alimentaria. En la región funcionan también parques eólicos terrestres y parques fotovoltaicos.",
                        ),
                        T(
                            pl="Dla doradcy oznacza to, że praca w OZE nie jest zarezerwowana dla dużych miast. Firmy instalacyjne działają w powiatach i często szukają pracowników lokalnie. Warto jednak uczciwie informować klientów o zmienności tego rynku: popyt na niektóre usługi, np. montaż domowej fotowoltaiki, rośnie i spada wraz ze zmianami zasad rozliczeń i programów dotacyjnych. Bezpieczniejsze są kwalifikacje szerokie – np. elektryczne połączone z certyfikatem OZE albo instalacyjne obejmujące zarówno pompy ciepła, jak i tradycyjne instalacje grzewcze.",
                            en="For an advisor this means that jobs in renewable energy are not reserved for big cities. Installation firms operate in the districts and often recruit locally. It is worth being honest with clients about how volatile this market is, however: demand for some services, such as installing domestic photovoltaics, rises and falls with changes in billing rules and grant schemes. Broad qualifications are a safer bet – for example electrical qualifications combined with a RES certificate, or plumbing and heating skills covering both heat pumps and conventional heating systems.",
                            es="Para el asesor, esto significa que el empleo en renovables no está reservado a las grandes ciudades. Las empresas instaladoras operan en los distritos y a menudo contratan a personas de la zona. Conviene, sin embargo, informar con honestidad a los clientes sobre la volatilidad de este mercado: la demanda de algunos servicios, como la instalación de fotovoltaica doméstica, sube y baja con los cambios en las reglas de facturación y en los programas de subvenciones. Las cualificaciones amplias son más seguras, por ejemplo, la eléctrica combinada con un certificado de renovables, o la de instalaciones térmicas que abarque tanto bombas de calor como sistemas de calefacción convencionales.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Łańcuch wartości OZE a zawody",
                        en="The renewable energy value chain and occupations",
                        es="La cadena de valor de las renovables y las ocupaciones",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Rozmawiając z klientem, warto pokazać mu, że „praca w OZE” to nie jeden zawód, lecz cały łańcuch zadań. Każde ogniwo wymaga innych predyspozycji:",
                            en="When talking to a client, it helps to show that ‘working in renewables’ is not a single occupation but a whole chain of tasks. Each link calls for different aptitudes:",
                            es="Al hablar con un cliente, conviene mostrarle que «trabajar en renovables» no es una sola ocupación, sino toda una cadena de tareas. Cada eslabón exige aptitudes distintas:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="projektowanie i dobór urządzeń – dla osób z wykształceniem technicznym, lubiących obliczenia i pracę z dokumentacją;",
                            en="design and equipment selection – for people with a technical education who enjoy calculations and working with documentation;",
                            es="diseño y selección de equipos: para personas con formación técnica a las que les gustan los cálculos y el trabajo con documentación;",
                        ),
                        T(
                            pl="montaż i uruchomienie – dla osób sprawnych fizycznie, z uprawnieniami elektrycznymi lub instalacyjnymi, gotowych do pracy w terenie i na wysokości;",
                            en="installation and commissioning – for physically fit people with electrical or plumbing and heating qualifications, ready to work on site and at height;",
                            es="montaje y puesta en marcha: para personas en buena forma física, con habilitación eléctrica o de instalaciones térmicas, dispuestas a trabajar a pie de obra y en altura;",
                        ),
                        T(
                            pl="serwis i utrzymanie – dla osób dokładnych, umiejących diagnozować usterki i korzystać z narzędzi pomiarowych i oprogramowania;",
                            en="servicing and maintenance – for meticulous people who can diagnose faults and use measuring tools and software;",
                            es="mantenimiento y conservación: para personas meticulosas, capaces de diagnosticar averías y de utilizar instrumentos de medida y programas informáticos;",
                        ),
                        T(
                            pl="sprzedaż i doradztwo – dla osób komunikatywnych, które potrafią uczciwie wyjaśnić klientowi koszty, korzyści i ryzyka inwestycji;",
                            en="sales and advice – for good communicators who can explain the costs, benefits and risks of an investment to a customer honestly;",
                            es="venta y asesoramiento: para personas comunicativas que sepan explicar con honestidad al cliente los costes, beneficios y riesgos de la inversión;",
                        ),
                        T(
                            pl="administracja i finansowanie – obsługa programów wsparcia, przyłączeń i rozliczeń w urzędach, funduszach i przedsiębiorstwach energetycznych.",
                            en="administration and finance – handling support schemes, grid connections and billing in public offices, funds and energy companies.",
                            es="administración y financiación: gestión de programas de ayudas, conexiones a la red y facturación en administraciones, fondos y empresas energéticas.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": T(
                pl="fotowoltaika-i-prosumenci",
                en="photovoltaics-and-prosumers",
                es="fotovoltaica-y-prosumidores",
            ),
            "title": T(
                pl="Fotowoltaika, prosumenci i net-billing",
                en="Photovoltaics, prosumers and net billing",
                es="Fotovoltaica, prosumidores y facturación neta",
            ),
            "summary": T(
                pl="Jak działa instalacja fotowoltaiczna, kim jest prosument, czym net-billing różni się od systemu opustów i jak ostrożnie opisywać klientom program „Mój Prąd”.",
                en="How a photovoltaic system works, who a prosumer is, how net billing differs from net metering and how to describe the ‘Mój Prąd’ scheme to clients with due care.",
                es="Cómo funciona una instalación fotovoltaica, quién es un prosumidor, en qué se diferencia la facturación neta del balance neto y cómo describir con prudencia el programa «Mój Prąd» a los clientes.",
            ),
            "body": [
                (
                    "heading",
                    T(
                        pl="Jak działa instalacja fotowoltaiczna",
                        en="How a photovoltaic system works",
                        es="Cómo funciona una instalación fotovoltaica",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Instalacja fotowoltaiczna (PV) zamienia energię promieniowania słonecznego na energię elektryczną. Jej podstawowe elementy to moduły fotowoltaiczne, konstrukcja montażowa na dachu lub gruncie, falownik (inwerter), który przekształca prąd stały w przemienny, okablowanie i zabezpieczenia elektryczne oraz licznik dwukierunkowy montowany przez operatora sieci. Coraz częściej instalację uzupełniają magazyn energii i system zarządzania energią w budynku.",
                            en="A photovoltaic (PV) system converts solar radiation into electricity. Its basic components are the PV modules, a mounting structure on the roof or the ground, an inverter that converts direct current into alternating current, cabling and electrical protection, and a bidirectional meter installed by the grid operator. Increasingly, the system is complemented by energy storage and a building energy management system.",
                            es="Una instalación fotovoltaica convierte la radiación solar en electricidad. Sus componentes básicos son los módulos fotovoltaicos, la estructura de montaje en cubierta o sobre suelo, el inversor, que transforma la corriente continua en alterna, el cableado y las protecciones eléctricas, y el contador bidireccional que instala el gestor de la red. Cada vez con más frecuencia, la instalación se completa con un sistema de almacenamiento y un sistema de gestión energética del edificio.",
                        ),
                        T(
                            pl="Montaż instalacji PV łączy pracę na wysokości, prace dekarskie i elektryczne. Ekipa montażowa składa się zwykle z monterów konstrukcji i modułów oraz elektryka, który wykonuje połączenia i pomiary. Do tego dochodzą projektant, doradca techniczno-handlowy i serwisant, który zajmuje się przeglądami, diagnostyką i usuwaniem usterek.",
                            en="Installing a PV system combines work at height, roofing and electrical work. An installation crew usually consists of fitters who mount the structure and modules and an electrician who makes the connections and carries out measurements. They are supported by a designer, a technical sales advisor and a service technician who handles inspections, diagnostics and repairs.",
                            es="El montaje de una instalación fotovoltaica combina trabajo en altura, tareas de cubierta y trabajos eléctricos. El equipo de montaje suele estar formado por montadores de estructuras y módulos y por un electricista que realiza las conexiones y las mediciones. A ellos se suman el proyectista, el asesor técnico-comercial y el técnico de mantenimiento, que se ocupa de las revisiones, el diagnóstico y la reparación de averías.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Prosument i jego formy",
                        en="The prosumer and its forms",
                        es="El prosumidor y sus modalidades",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Ustawa o odnawialnych źródłach energii definiuje prosumenta energii odnawialnej jako odbiorcę końcowego, który wytwarza energię elektryczną wyłącznie z OZE na własne potrzeby w mikroinstalacji. Prosumentem może być gospodarstwo domowe, ale też firma czy rolnik – pod warunkiem, że wytwarzanie energii nie jest przedmiotem jego przeważającej działalności gospodarczej. Przepisy przewidują również prosumenta zbiorowego (np. mieszkańców budynku wielolokalowego korzystających ze wspólnej instalacji) i prosumenta wirtualnego (korzystającego z instalacji położonej w innym miejscu), a także formy wspólnotowe, takie jak spółdzielnie energetyczne i klastry energii.",
                            en="The Renewable Energy Sources Act defines a renewable energy prosumer as a final customer who generates electricity solely from renewable sources for their own needs in a micro-installation. A prosumer may be a household, but also a business or a farmer, provided that generating energy is not their main business activity. The law also provides for collective prosumers (for example residents of a block of flats sharing an installation) and virtual prosumers (using an installation located elsewhere), as well as community forms such as energy cooperatives and energy clusters.",
                            es="La Ley sobre fuentes de energía renovables define al prosumidor de energía renovable como el consumidor final que genera electricidad exclusivamente a partir de fuentes renovables para su propio consumo en una microinstalación. Puede ser prosumidor un hogar, pero también una empresa o un agricultor, siempre que la generación de energía no sea su actividad económica principal. La normativa prevé asimismo el prosumidor colectivo (por ejemplo, los vecinos de un edificio de viviendas que comparten una instalación) y el prosumidor virtual (que utiliza una instalación situada en otro lugar), así como fórmulas comunitarias, como las cooperativas energéticas y los clústeres de energía.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Prosument energii odnawialnej",
                            en="Renewable energy prosumer",
                            es="Prosumidor de energía renovable",
                        ),
                        "definition": T(
                            pl="Odbiorca końcowy, który wytwarza energię elektryczną wyłącznie z OZE na własne potrzeby w mikroinstalacji i może ją magazynować lub oddawać do sieci; jeśli nie jest gospodarstwem domowym, wytwarzanie energii nie może być przedmiotem jego przeważającej działalności gospodarczej.",
                            en="A final customer who generates electricity solely from renewable sources for their own needs in a micro-installation and may store it or feed it into the grid; if the customer is not a household, generating energy must not be their main business activity.",
                            es="Consumidor final que genera electricidad exclusivamente a partir de fuentes renovables para su propio consumo en una microinstalación y puede almacenarla o verterla a la red; si no es un hogar, la generación de energía no puede ser su actividad económica principal.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Od opustów do net-billingu",
                        en="From net metering to net billing",
                        es="Del balance neto a la facturación neta",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Prosumenci, którzy dołączyli do systemu przed zmianą zasad w 2022 r., są co do zasady rozliczani w systemie opustów (tzw. net-metering) przez 15 lat: za energię oddaną do sieci mogą później odebrać jej część – 80% w instalacjach o mocy do 10 kW i 70% w większych mikroinstalacjach – bez dodatkowych opłat.",
                            en="Prosumers who joined the system before the rules changed in 2022 are, as a rule, billed under net metering (the ‘discount’ system) for 15 years: for the electricity they feed into the grid, they can later draw back part of it – 80% for installations of up to 10 kW and 70% for larger micro-installations – without additional charges.",
                            es="Los prosumidores que se incorporaron al sistema antes del cambio de reglas de 2022 se liquidan, por regla general, mediante balance neto durante 15 años: por la electricidad que vierten a la red pueden recuperar después una parte —el 80 % en instalaciones de hasta 10 kW y el 70 % en microinstalaciones mayores— sin cargos adicionales.",
                        ),
                        T(
                            pl="Nowi prosumenci, co do zasady przyłączeni od 1 kwietnia 2022 r., są rozliczani w systemie net-billing. Energia wprowadzona do sieci jest wyceniana według rynkowych cen energii elektrycznej, a jej wartość trafia do depozytu prosumenckiego. Z depozytu prosument opłaca energię pobraną z sieci, a opłaty dystrybucyjne ponosi za energię faktycznie pobraną. Niewykorzystane środki przechodzą na kolejne miesiące, a część nadwyżki może zostać zwrócona. Sposób wyceny (według cen miesięcznych lub godzinowych) i zasady zwrotów były już kilka razy zmieniane – przed rozmową z klientem sprawdź aktualne przepisy i informacje sprzedawcy energii.",
                            en="New prosumers, as a rule those connected from 1 April 2022, are billed under net billing. Electricity fed into the grid is valued at market prices and its value is credited to a prosumer deposit. The prosumer uses the deposit to pay for electricity drawn from the grid, while distribution charges are paid on the electricity actually drawn. Unused funds are carried over to subsequent months, and part of the surplus may be refunded. The valuation method (monthly or hourly prices) and the refund rules have already been changed several times – before talking to a client, check the current legislation and the information from the electricity supplier.",
                            es="Los nuevos prosumidores, por regla general los conectados a partir del 1 de abril de 2022, se liquidan mediante facturación neta. La electricidad vertida a la red se valora a precios de mercado y su valor se abona en un depósito del prosumidor. Con ese depósito el prosumidor paga la electricidad que toma de la red, mientras que los peajes de distribución se pagan por la electricidad efectivamente consumida de la red. Los fondos no utilizados pasan a los meses siguientes y parte del excedente puede reembolsarse. El método de valoración (precios mensuales u horarios) y las reglas de reembolso ya se han modificado varias veces: antes de hablar con un cliente, comprueba la normativa vigente y la información de la comercializadora.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Net-billing",
                            en="Net billing",
                            es="Facturación neta (net-billing)",
                        ),
                        "definition": T(
                            pl="System rozliczania prosumentów stosowany co do zasady wobec osób przyłączonych od 1 kwietnia 2022 r.: wartość energii wprowadzonej do sieci, liczona według rynkowych cen energii, trafia do depozytu prosumenckiego i służy do opłacenia energii pobranej z sieci.",
                            en="The prosumer billing system that as a rule applies to those connected from 1 April 2022: the value of the electricity fed into the grid, calculated at market prices, is credited to a prosumer deposit and used to pay for electricity drawn from the grid.",
                            es="Sistema de facturación de los prosumidores que, por regla general, se aplica a quienes se conectaron a partir del 1 de abril de 2022: el valor de la electricidad vertida a la red, calculado a precios de mercado, se abona en un depósito del prosumidor y sirve para pagar la electricidad tomada de la red.",
                        ),
                    },
                ),
                (
                    "text",
                    [
                        T(
                            pl="W net-billingu opłacalność instalacji w dużej mierze zależy od autokonsumpcji, czyli zużywania energii w chwili jej wytwarzania. Dlatego rośnie znaczenie magazynów energii, pomp ciepła i podgrzewaczy wody zasilanych z fotowoltaiki, inteligentnego sterowania urządzeniami oraz ładowania samochodów elektrycznych w ciągu dnia. Takie rozwiązania wymagają od instalatorów wiedzy wykraczającej poza sam montaż modułów: doboru magazynu, konfiguracji falownika i systemu zarządzania energią.",
                            en="Under net billing, the economics of an installation depend largely on self-consumption, that is, using energy at the moment it is generated. This is why energy storage, heat pumps and water heaters powered by PV, smart control of appliances and daytime charging of electric cars are becoming more important. Such solutions require installers to know more than just how to mount modules: they must size the storage, configure the inverter and set up the energy management system.",
                            es="En la facturación neta, la rentabilidad de la instalación depende en gran medida del autoconsumo, es decir, de consumir la energía en el momento en que se genera. Por eso cobran importancia el almacenamiento de energía, las bombas de calor y los calentadores de agua alimentados con fotovoltaica, el control inteligente de los equipos y la recarga de coches eléctricos durante el día. Estas soluciones exigen a los instaladores conocimientos que van más allá del montaje de módulos: dimensionar el almacenamiento, configurar el inversor y el sistema de gestión energética.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Autokonsumpcja",
                            en="Self-consumption",
                            es="Autoconsumo",
                        ),
                        "definition": T(
                            pl="Zużywanie energii elektrycznej wytworzonej we własnej instalacji w chwili jej produkcji, bez oddawania jej do sieci. W systemie net-billing wyższa autokonsumpcja zwykle poprawia opłacalność mikroinstalacji.",
                            en="Using electricity generated by one’s own installation at the moment it is produced, without feeding it into the grid. Under net billing, higher self-consumption usually improves the economics of a micro-installation.",
                            es="Consumo de la electricidad generada en la propia instalación en el momento de su producción, sin verterla a la red. En la facturación neta, un mayor autoconsumo suele mejorar la rentabilidad de una microinstalación.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Jakość montażu i bezpieczeństwo",
                        en="Installation quality and safety",
                        es="Calidad del montaje y seguridad",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Instalacja fotowoltaiczna pracuje pod napięciem stałym, które przy niewłaściwym wykonaniu połączeń może doprowadzić do powstania łuku elektrycznego i pożaru. Dlatego tak ważne są prawidłowy dobór zabezpieczeń, staranne wykonanie złączy, zachowanie odstępów i dróg dostępu na dachu oraz udokumentowanie pomiarów przy odbiorze. Montaż na dachu wymaga z kolei stosowania środków ochrony przed upadkiem z wysokości i przestrzegania przepisów BHP. Dobre firmy szkolą pracowników w tym zakresie i oczekują od nich odpowiedzialności – to cechy, o które warto zapytać klienta już na etapie rozmowy doradczej.",
                            en="A photovoltaic system operates on direct current, which, if connections are made incorrectly, can cause electric arcing and fire. This is why correct selection of protective devices, careful assembly of connectors, keeping clearances and access routes on the roof and documenting measurements at handover are so important. Roof work also requires fall protection measures and compliance with health and safety rules. Good firms train their staff in these areas and expect them to act responsibly – qualities worth asking a client about during the advisory interview.",
                            es="Una instalación fotovoltaica funciona con corriente continua, que, si las conexiones se ejecutan mal, puede provocar un arco eléctrico y un incendio. Por eso son tan importantes la correcta selección de las protecciones, el montaje cuidadoso de los conectores, el respeto de las distancias y las vías de acceso en la cubierta y la documentación de las mediciones en la entrega. El trabajo en cubierta exige además medidas de protección contra caídas y el cumplimiento de las normas de prevención de riesgos laborales. Las buenas empresas forman a su personal en estas materias y esperan de él responsabilidad, cualidades por las que conviene preguntar al cliente ya en la entrevista de orientación.",
                        ),
                        T(
                            pl="Osobom bez doświadczenia w branży można zaproponować start od stanowiska pomocnika montera i równoległe przygotowanie do egzaminu na świadectwo kwalifikacyjne w grupie elektrycznej. Elektrykom z doświadczeniem w instalacjach budynkowych fotowoltaika i magazyny energii dają z kolei szansę na specjalizację i wyższe zarobki, a osobom o zdolnościach interpersonalnych – pracę doradcy techniczno-handlowego.",
                            en="People with no experience in the sector can be advised to start as an installer’s assistant while preparing for the electrical group qualification certificate examination. For electricians experienced in building installations, photovoltaics and energy storage offer a chance to specialise and earn more, and for people with good interpersonal skills, work as a technical sales advisor.",
                            es="A las personas sin experiencia en el sector se les puede proponer empezar como ayudante de montador y preparar al mismo tiempo el examen del certificado de cualificación del grupo eléctrico. A los electricistas con experiencia en instalaciones de edificios, la fotovoltaica y el almacenamiento de energía les ofrecen la posibilidad de especializarse y ganar más, y a las personas con buenas habilidades interpersonales, trabajar como asesores técnico-comerciales.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Program „Mój Prąd” – jak o nim mówić",
                        en="The ‘Mój Prąd’ scheme – how to talk about it",
                        es="El programa «Mój Prąd»: cómo hablar de él",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Program „Mój Prąd” prowadzi od 2019 r., w kolejnych edycjach, Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej (NFOŚiGW). Początkowo dofinansowywał głównie mikroinstalacje fotowoltaiczne osób fizycznych, a w późniejszych edycjach coraz większy nacisk kładziono na rozwiązania zwiększające autokonsumpcję, takie jak magazyny energii elektrycznej i ciepła oraz systemy zarządzania energią. Wysokość dotacji, katalog kosztów kwalifikowanych, terminy naborów i warunki udziału zmieniały się między edycjami.",
                            en="The ‘Mój Prąd’ (‘My Electricity’) scheme has been run since 2019, in successive rounds, by the National Fund for Environmental Protection and Water Management (NFOŚiGW). At first it mainly co-financed photovoltaic micro-installations of private individuals; later rounds placed increasing emphasis on solutions that raise self-consumption, such as electricity and heat storage and energy management systems. The grant amounts, eligible costs, application windows and conditions of participation have varied between rounds.",
                            es="El programa «Mój Prąd» («Mi electricidad») lo gestiona desde 2019, en sucesivas convocatorias, el Fondo Nacional de Protección del Medio Ambiente y Gestión del Agua (NFOŚiGW). Al principio subvencionaba sobre todo microinstalaciones fotovoltaicas de particulares, y en las convocatorias posteriores se puso cada vez más énfasis en las soluciones que aumentan el autoconsumo, como el almacenamiento de electricidad y de calor y los sistemas de gestión energética. Los importes de las ayudas, los costes subvencionables, los plazos y las condiciones de participación han variado de una convocatoria a otra.",
                        ),
                        T(
                            pl="Doradca nie powinien podawać klientowi kwot dotacji z pamięci. Lepiej wskazać źródła: stronę programu prowadzoną przez NFOŚiGW, regulamin aktualnego naboru i punkty informacyjne. Warto natomiast wyjaśnić, że programy dotacyjne wpływają na popyt na usługi instalatorów – w okresach naborów firmy zatrudniają więcej osób, a po ich zakończeniu zapotrzebowanie może spaść. Dla osoby rozpoczynającej pracę w branży to argument za zdobywaniem kwalifikacji przydatnych także poza fotowoltaiką.",
                            en="An advisor should not quote grant amounts to a client from memory. It is better to point to the sources: the scheme’s website run by NFOŚiGW, the rules of the current call and information points. It is worth explaining, however, that grant schemes affect demand for installers’ services – while calls are open, firms take on more staff, and once they close demand may fall. For someone starting out in the sector, this is an argument for acquiring qualifications that are useful beyond photovoltaics as well.",
                            es="El asesor no debe indicar de memoria al cliente los importes de las ayudas. Es mejor señalar las fuentes: el sitio web del programa que gestiona el NFOŚiGW, las bases de la convocatoria vigente y los puntos de información. Sí conviene explicar que los programas de subvenciones influyen en la demanda de servicios de instalación: mientras las convocatorias están abiertas, las empresas contratan a más personas y, cuando se cierran, la demanda puede caer. Para quien empieza en el sector, es un argumento para obtener cualificaciones útiles también más allá de la fotovoltaica.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": T(
                pl="pompy-ciepla-biomasa-i-wiatr",
                en="heat-pumps-biomass-and-wind",
                es="bombas-de-calor-biomasa-y-eolica",
            ),
            "title": T(
                pl="Pompy ciepła, biomasa i energia wiatru",
                en="Heat pumps, biomass and wind power",
                es="Bombas de calor, biomasa y energía eólica",
            ),
            "summary": T(
                pl="Jak działają pompy ciepła, kotły na biomasę, biogazownie i elektrownie wiatrowe, jakie przepisy je regulują i jak ostrożnie opisywać program „Czyste Powietrze”.",
                en="How heat pumps, biomass boilers, biogas plants and wind turbines work, which rules govern them and how to describe the ‘Czyste Powietrze’ scheme with due care.",
                es="Cómo funcionan las bombas de calor, las calderas de biomasa, las plantas de biogás y los aerogeneradores, qué normas los regulan y cómo describir con prudencia el programa «Czyste Powietrze».",
            ),
            "body": [
                (
                    "heading",
                    T(
                        pl="Pompy ciepła",
                        en="Heat pumps",
                        es="Bombas de calor",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Pompa ciepła przenosi ciepło z otoczenia – powietrza zewnętrznego, gruntu lub wody – do instalacji grzewczej i ciepłej wody użytkowej. Do napędu sprężarki zużywa energię elektryczną, ale oddaje kilkakrotnie więcej ciepła, niż pobiera prądu. Miarą efektywności jest współczynnik COP, a w skali całego sezonu grzewczego – SCOP. W domach najpopularniejsze są pompy powietrze–woda; pompy gruntowe są droższe w montażu, ale pracują stabilniej przy niskich temperaturach zewnętrznych.",
                            en="A heat pump transfers heat from the surroundings – outdoor air, the ground or water – to the heating and hot water system. It uses electricity to drive its compressor but delivers several times more heat than the electricity it consumes. Its efficiency is measured by the coefficient of performance (COP) and, over a whole heating season, by the SCOP. Air-to-water heat pumps are the most popular in homes; ground-source heat pumps cost more to install but perform more steadily at low outdoor temperatures.",
                            es="La bomba de calor transfiere calor del entorno —aire exterior, terreno o agua— a la instalación de calefacción y de agua caliente sanitaria. Utiliza electricidad para accionar el compresor, pero aporta varias veces más calor que la electricidad que consume. Su eficiencia se mide con el coeficiente de rendimiento (COP) y, a lo largo de toda la temporada de calefacción, con el SCOP. En las viviendas predominan las bombas aire-agua; las geotérmicas son más caras de instalar, pero funcionan de forma más estable con temperaturas exteriores bajas.",
                        ),
                        T(
                            pl="Pompa ciepła pracuje najlepiej w dobrze ocieplonym budynku z ogrzewaniem niskotemperaturowym, np. podłogowym. Instalator musi więc umieć dobrać moc urządzenia do zapotrzebowania budynku na ciepło i doradzić inwestorowi, czy przed wymianą źródła ciepła nie warto docieplić domu. Źle dobrana pompa oznacza wysokie rachunki i niezadowolonego klienta, dlatego znajomość podstaw audytu energetycznego i termomodernizacji jest dla instalatora ważną przewagą.",
                            en="A heat pump works best in a well-insulated building with low-temperature heating, such as underfloor heating. The installer must therefore be able to size the unit to the building’s heat demand and advise the investor whether it would be worth insulating the house before replacing the heat source. A poorly sized heat pump means high bills and a dissatisfied customer, which is why knowing the basics of energy audits and thermal retrofitting gives an installer an important advantage.",
                            es="La bomba de calor funciona mejor en un edificio bien aislado con calefacción de baja temperatura, como el suelo radiante. Por eso, el instalador debe saber dimensionar el equipo según la demanda de calor del edificio y aconsejar al propietario si conviene aislar la vivienda antes de sustituir la fuente de calor. Una bomba mal dimensionada supone facturas elevadas y un cliente insatisfecho; por ello, conocer los fundamentos de la auditoría energética y de la rehabilitación térmica es una ventaja importante para el instalador.",
                        ),
                        T(
                            pl="Wiele pomp ciepła zawiera jako czynnik chłodniczy fluorowane gazy cieplarniane. Prace przy ich obiegu chłodniczym – instalację, serwis, kontrolę szczelności i odzysk czynnika – mogą wykonywać wyłącznie osoby posiadające certyfikat dla personelu, który w Polsce wydaje Urząd Dozoru Technicznego. Rozporządzenie (UE) 2024/573 w sprawie fluorowanych gazów cieplarnianych stopniowo ogranicza stosowanie tych gazów, co zwiększa rolę pomp z czynnikami naturalnymi, np. propanem (R290), i wymaga od serwisantów umiejętności bezpiecznej pracy z czynnikami palnymi.",
                            en="Many heat pumps use fluorinated greenhouse gases as refrigerants. Work on their refrigerant circuit – installation, servicing, leak checks and refrigerant recovery – may only be carried out by people holding a personnel certificate, which in Poland is issued by the Office of Technical Inspection (UDT). Regulation (EU) 2024/573 on fluorinated greenhouse gases is gradually restricting the use of these gases, which increases the role of heat pumps using natural refrigerants such as propane (R290) and requires service technicians to be able to work safely with flammable refrigerants.",
                            es="Muchas bombas de calor utilizan gases fluorados de efecto invernadero como refrigerante. Los trabajos en su circuito frigorífico —instalación, mantenimiento, control de fugas y recuperación del refrigerante— solo pueden realizarlos personas con un certificado para el personal, que en Polonia expide la Oficina de Inspección Técnica (UDT). El Reglamento (UE) 2024/573 sobre los gases fluorados de efecto invernadero limita progresivamente el uso de estos gases, lo que aumenta el papel de las bombas con refrigerantes naturales, como el propano (R290), y exige a los técnicos saber trabajar con seguridad con refrigerantes inflamables.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Pompa ciepła",
                            en="Heat pump",
                            es="Bomba de calor",
                        ),
                        "definition": T(
                            pl="Urządzenie, które przenosi ciepło z otoczenia – powietrza, gruntu lub wody – do instalacji grzewczej budynku, zużywając energię elektryczną do napędu sprężarki; jego efektywność opisuje współczynnik COP, a w skali sezonu – SCOP.",
                            en="A device that transfers heat from the surroundings – air, ground or water – to a building’s heating system, using electricity to drive its compressor; its efficiency is expressed by the coefficient of performance (COP) and, over a season, by the SCOP.",
                            es="Equipo que transfiere calor del entorno —aire, terreno o agua— a la instalación de calefacción de un edificio, utilizando electricidad para accionar el compresor; su eficiencia se expresa mediante el coeficiente de rendimiento (COP) y, a lo largo de la temporada, mediante el SCOP.",
                        ),
                    },
                ),
                (
                    "text",
                    [
                        T(
                            pl="Uzupełnieniem pomp ciepła są kolektory słoneczne, które podgrzewają wodę użytkową, oraz płytkie systemy geotermalne, czyli odwierty lub kolektory poziome w gruncie współpracujące z pompą ciepła. Ich wykonanie łączy kompetencje instalatora, hydraulika i – przy odwiertach – wiertacza, a prawidłowe zaprojektowanie dolnego źródła ciepła decyduje o sprawności całego systemu.",
                            en="Heat pumps are complemented by solar collectors, which heat domestic hot water, and by shallow geothermal systems, that is boreholes or horizontal ground loops working together with a heat pump. Building them combines the skills of an installer, a plumber and – for boreholes – a driller, and the correct design of the ground heat source determines the efficiency of the whole system.",
                            es="Las bombas de calor se complementan con los captadores solares, que calientan el agua caliente sanitaria, y con los sistemas geotérmicos someros, es decir, perforaciones o captadores horizontales en el terreno que trabajan junto a una bomba de calor. Su ejecución combina las competencias del instalador, del fontanero y, en el caso de las perforaciones, del sondista, y el diseño correcto del captador en el terreno determina la eficiencia de todo el sistema.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Biomasa i biogaz",
                        en="Biomass and biogas",
                        es="Biomasa y biogás",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Biomasa to m.in. drewno i odpady drzewne, słoma, rośliny energetyczne oraz pozostałości z produkcji rolnej i przemysłu spożywczego. W domach wykorzystuje się ją w kotłach na pellet, zrębkę lub polana. Od 1 lipca 2018 r. w Polsce można wprowadzać do obrotu tylko kotły na paliwo stałe spełniające wymagania ekoprojektu określone w rozporządzeniu Komisji (UE) 2015/1189, a uchwały antysmogowe w wielu województwach dodatkowo ograniczają eksploatację starszych kotłów. Instalator kotłów na biomasę musi więc znać nie tylko technikę, ale też wymagania emisyjne i zasady prawidłowego spalania.",
                            en="Biomass includes wood and wood waste, straw, energy crops and residues from farming and the food industry. In homes it is burned in boilers fired with pellets, wood chips or logs. Since 1 July 2018 only solid fuel boilers meeting the ecodesign requirements of Commission Regulation (EU) 2015/1189 may be placed on the market in Poland, and anti-smog resolutions in many regions also restrict the use of older boilers. A biomass boiler installer must therefore know not only the technology but also the emission requirements and the principles of proper combustion.",
                            es="La biomasa incluye, entre otros, la madera y los residuos de madera, la paja, los cultivos energéticos y los residuos de la producción agraria y de la industria alimentaria. En los hogares se utiliza en calderas de pélets, astillas o leña. Desde el 1 de julio de 2018 en Polonia solo pueden introducirse en el mercado calderas de combustible sólido que cumplan los requisitos de diseño ecológico del Reglamento (UE) 2015/1189 de la Comisión, y las resoluciones antismog de muchos voivodatos restringen además el uso de calderas antiguas. Por eso, el instalador de calderas de biomasa debe conocer no solo la técnica, sino también los requisitos de emisiones y los principios de una combustión correcta.",
                        ),
                        T(
                            pl="Biogazownia rolnicza wytwarza biogaz w procesie fermentacji beztlenowej, np. gnojowicy, obornika, kiszonek i odpadów z przetwórstwa spożywczego. Biogaz spala się w jednostce kogeneracyjnej, która wytwarza jednocześnie energię elektryczną i ciepło, albo oczyszcza się go do biometanu. Pozostałość pofermentacyjna może być wykorzystywana jako nawóz, jeśli spełnia wymagania przepisów. W regionie o rozwiniętej hodowli bydła i przetwórstwie mleka biogazownie są naturalnym kierunkiem rozwoju, a ich obsługa wymaga operatorów instalacji, elektryków, mechaników i osób odpowiedzialnych za logistykę surowców.",
                            en="An agricultural biogas plant produces biogas through anaerobic digestion of, for example, slurry, manure, silage and food-processing waste. The biogas is burned in a combined heat and power unit, which generates electricity and heat at the same time, or upgraded to biomethane. The digestate can be used as fertiliser if it meets the legal requirements. In a region with well-developed cattle farming and dairy processing, biogas plants are a natural direction of development, and running them requires plant operators, electricians, mechanics and staff responsible for feedstock logistics.",
                            es="Una planta de biogás agrícola produce biogás mediante la digestión anaerobia de, por ejemplo, purines, estiércol, ensilado y residuos de la industria alimentaria. El biogás se quema en una unidad de cogeneración, que produce a la vez electricidad y calor, o se depura para obtener biometano. El digestato puede utilizarse como fertilizante si cumple los requisitos legales. En una región con una ganadería bovina y una industria láctea desarrolladas, las plantas de biogás son una vía natural de desarrollo, y su explotación requiere operadores de planta, electricistas, mecánicos y personal encargado de la logística de las materias primas.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Energia wiatru",
                        en="Wind power",
                        es="Energía eólica",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Lokalizację lądowych elektrowni wiatrowych reguluje ustawa z dnia 20 maja 2016 r. o inwestycjach w zakresie elektrowni wiatrowych. W pierwotnym brzmieniu wprowadziła ona zasadę 10H, czyli minimalną odległość od zabudowy mieszkaniowej równą dziesięciokrotności całkowitej wysokości elektrowni, co praktycznie zahamowało nowe inwestycje. Nowelizacja z 2023 r. pozwoliła lokalizować elektrownie na podstawie miejscowego planu zagospodarowania przestrzennego przy minimalnej odległości 700 m od budynków mieszkalnych. Przepisy te były później przedmiotem dalszych prac legislacyjnych, dlatego przed rozmową z klientem sprawdź aktualny stan prawny.",
                            en="The siting of onshore wind turbines is governed by the Act of 20 May 2016 on wind power investments. In its original wording it introduced the 10H rule, a minimum distance from residential buildings equal to ten times the total height of the turbine, which in practice halted new investment. A 2023 amendment allowed turbines to be sited on the basis of a local spatial development plan with a minimum distance of 700 m from residential buildings. These provisions were later the subject of further legislative work, so check the current state of the law before talking to a client.",
                            es="La ubicación de los aerogeneradores terrestres se rige por la Ley de 20 de mayo de 2016 sobre inversiones en centrales eólicas. En su redacción original introdujo la regla 10H, es decir, una distancia mínima a las viviendas igual a diez veces la altura total del aerogenerador, lo que en la práctica frenó las nuevas inversiones. Una reforma de 2023 permitió ubicarlos sobre la base de un plan local de ordenación del territorio con una distancia mínima de 700 m a los edificios residenciales. Estas disposiciones fueron objeto de trabajos legislativos posteriores, así que comprueba la normativa vigente antes de hablar con un cliente.",
                        ),
                        T(
                            pl="Rozwija się także morska energetyka wiatrowa na Bałtyku, wspierana ustawą z dnia 17 grudnia 2020 r. o promowaniu wytwarzania energii elektrycznej w morskich farmach wiatrowych. Choć województwo podlaskie nie leży nad morzem, łańcuch dostaw i serwisu farm wiatrowych – lądowych i morskich – potrzebuje techników, elektryków, mechaników i specjalistów BHP z całego kraju. Serwis turbin to praca na dużych wysokościach, często w delegacji, dlatego pracodawcy zwykle wymagają szkoleń bezpieczeństwa według standardu GWO (Global Wind Organisation) i aktualnych badań lekarskich dopuszczających do pracy na wysokości.",
                            en="Offshore wind power in the Baltic is also developing, supported by the Act of 17 December 2020 on promoting electricity generation in offshore wind farms. Although the Podlaskie region is not on the coast, the supply and service chain for wind farms – onshore and offshore – needs technicians, electricians, mechanics and health and safety specialists from all over the country. Servicing turbines means working at great heights, often away from home, so employers usually require safety training to the GWO (Global Wind Organisation) standard and a valid medical certificate of fitness to work at height.",
                            es="También se desarrolla la eólica marina en el Báltico, impulsada por la Ley de 17 de diciembre de 2020 sobre el fomento de la generación de electricidad en parques eólicos marinos. Aunque Podlaquia no tiene costa, la cadena de suministro y mantenimiento de los parques eólicos, terrestres y marinos, necesita técnicos, electricistas, mecánicos y especialistas en prevención de riesgos laborales de todo el país. El mantenimiento de aerogeneradores implica trabajar a gran altura, a menudo con desplazamientos, por lo que los empleadores suelen exigir formación en seguridad según el estándar GWO (Global Wind Organisation) y un reconocimiento médico vigente de aptitud para trabajos en altura.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Program „Czyste Powietrze” – jak o nim mówić",
                        en="The ‘Czyste Powietrze’ scheme – how to talk about it",
                        es="El programa «Czyste Powietrze»: cómo hablar de él",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="„Czyste Powietrze” to ogólnopolski program NFOŚiGW realizowany od 2018 r. we współpracy z wojewódzkimi funduszami ochrony środowiska i gospodarki wodnej oraz gminami. Wspiera właścicieli domów jednorodzinnych w wymianie nieefektywnych źródeł ciepła na paliwo stałe na źródła niskoemisyjne, np. pompy ciepła, oraz w termomodernizacji, np. dociepleniu przegród i wymianie okien. Poziom dofinansowania zależy od dochodu gospodarstwa domowego.",
                            en="‘Czyste Powietrze’ (‘Clean Air’) is a nationwide NFOŚiGW scheme run since 2018 together with the regional funds for environmental protection and water management and with municipalities. It helps owners of single-family houses replace inefficient solid fuel heat sources with low-emission ones, such as heat pumps, and carry out thermal retrofitting, such as insulating walls and roofs and replacing windows. The level of funding depends on household income.",
                            es="«Czyste Powietrze» («Aire limpio») es un programa estatal del NFOŚiGW que se aplica desde 2018 en colaboración con los fondos regionales de protección del medio ambiente y gestión del agua y con los municipios. Ayuda a los propietarios de viviendas unifamiliares a sustituir fuentes de calor ineficientes de combustible sólido por otras de bajas emisiones, como las bombas de calor, y a realizar la rehabilitación térmica, por ejemplo, aislar muros y cubiertas y cambiar ventanas. El nivel de la ayuda depende de los ingresos del hogar.",
                        ),
                        T(
                            pl="Program był wielokrotnie modyfikowany: zmieniały się progi dochodowe, maksymalne kwoty dotacji, wymagane dokumenty (np. audyt energetyczny), zasady dotyczące wykonawców i sposób wypłaty środków, w tym prefinansowanie. Po zmianach wprowadzonych w 2025 r. większy nacisk położono m.in. na ochronę beneficjentów przed nieuczciwymi wykonawcami. Zamiast podawać szczegóły z pamięci, doradca powinien kierować klientów do gminnych punktów konsultacyjnych i do Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej w Białymstoku, gdzie uzyskają aktualne informacje.",
                            en="The scheme has been modified many times: income thresholds, maximum grant amounts, required documents (such as an energy audit), rules on contractors and the payment method, including pre-financing, have all changed. After the changes introduced in 2025, greater emphasis was placed on, among other things, protecting beneficiaries against dishonest contractors. Rather than quoting details from memory, an advisor should refer clients to municipal advice points and to the Regional Fund for Environmental Protection and Water Management in Białystok, where they will get up-to-date information.",
                            es="El programa se ha modificado en numerosas ocasiones: han cambiado los umbrales de ingresos, los importes máximos de las ayudas, los documentos exigidos (por ejemplo, una auditoría energética), las normas sobre los contratistas y la forma de pago, incluida la prefinanciación. Tras los cambios introducidos en 2025 se ha puesto más énfasis, entre otras cosas, en proteger a los beneficiarios frente a contratistas deshonestos. En lugar de dar detalles de memoria, el asesor debe remitir a los clientes a los puntos de asesoramiento municipales y al Fondo Regional de Protección del Medio Ambiente y Gestión del Agua de Białystok, donde obtendrán información actualizada.",
                        ),
                        T(
                            pl="Z punktu widzenia rynku pracy program tworzy popyt na instalatorów pomp ciepła i kotłów, monterów dociepleń i stolarki okiennej, audytorów energetycznych oraz pracowników obsługujących program w gminach. Klientowi rozpoczynającemu pracę w branży warto uświadomić, że rzetelność wobec inwestora – prawidłowy dobór urządzeń i staranna dokumentacja – jest warunkiem trwałej kariery.",
                            en="From a labour-market perspective, the scheme creates demand for installers of heat pumps and boilers, fitters of insulation and windows, energy auditors and municipal staff administering the scheme. A client starting out in the sector should be made aware that reliability towards the investor – correct sizing of equipment and careful documentation – is the foundation of a lasting career.",
                            es="Desde la perspectiva del mercado laboral, el programa genera demanda de instaladores de bombas de calor y calderas, montadores de aislamientos y carpintería exterior, auditores energéticos y personal municipal que gestiona el programa. A un cliente que empieza en el sector conviene hacerle ver que la seriedad con el propietario —un dimensionamiento correcto de los equipos y una documentación cuidadosa— es la base de una carrera duradera.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": T(
                pl="kwalifikacje-i-kariera-w-oze",
                en="res-qualifications-and-careers",
                es="cualificaciones-y-carreras-en-renovables",
            ),
            "title": T(
                pl="Kwalifikacje i ścieżki kariery w branży OZE",
                en="Qualifications and career paths in renewable energy",
                es="Cualificaciones e itinerarios profesionales en las renovables",
            ),
            "summary": T(
                pl="Certyfikat instalatora OZE wydawany przez UDT, świadectwa kwalifikacyjne i inne uprawnienia, typowi pracodawcy w regionie oraz przykładowa ścieżka rozwoju zawodowego.",
                en="The RES installer certificate issued by the UDT, qualification certificates and other licences, typical employers in the region and an example career path.",
                es="El certificado de instalador de renovables que expide la UDT, los certificados de cualificación y otras habilitaciones, los empleadores habituales de la región y un ejemplo de itinerario profesional.",
            ),
            "body": [
                (
                    "heading",
                    T(
                        pl="Certyfikat instalatora OZE wydawany przez UDT",
                        en="The RES installer certificate issued by the UDT",
                        es="El certificado de instalador de renovables expedido por la UDT",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Ustawa o odnawialnych źródłach energii przewiduje certyfikację instalatorów mikroinstalacji, małych instalacji i instalacji odnawialnego źródła ciepła o łącznej mocy cieplnej do 600 kW. Certyfikat wydaje Prezes Urzędu Dozoru Technicznego (UDT) osobno dla każdego z pięciu rodzajów instalacji:",
                            en="The Renewable Energy Sources Act provides for the certification of installers of micro-installations, small installations and renewable heat installations with a total thermal capacity of up to 600 kW. The certificate is issued by the President of the Office of Technical Inspection (UDT) separately for each of five types of installation:",
                            es="La Ley sobre fuentes de energía renovables prevé la certificación de los instaladores de microinstalaciones, pequeñas instalaciones e instalaciones de calor renovable con una potencia térmica total de hasta 600 kW. El certificado lo expide el presidente de la Oficina de Inspección Técnica (UDT) por separado para cada uno de los cinco tipos de instalación:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="kotły i piece na biomasę;",
                            en="biomass boilers and stoves;",
                            es="calderas y estufas de biomasa;",
                        ),
                        T(
                            pl="systemy fotowoltaiczne;",
                            en="photovoltaic systems;",
                            es="sistemas fotovoltaicos;",
                        ),
                        T(
                            pl="słoneczne systemy grzewcze (kolektory słoneczne);",
                            en="solar thermal systems (solar collectors);",
                            es="sistemas solares térmicos (captadores solares);",
                        ),
                        T(
                            pl="pompy ciepła;",
                            en="heat pumps;",
                            es="bombas de calor;",
                        ),
                        T(
                            pl="płytkie systemy geotermalne.",
                            en="shallow geothermal systems.",
                            es="sistemas geotérmicos someros.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Certyfikat wydaje się na 5 lat; jego ważność można przedłużyć na kolejne okresy po spełnieniu wymagań ustawowych, m.in. odbyciu szkolenia przypominającego. Podstawowa droga do certyfikatu to ukończenie szkolenia u organizatora akredytowanego przez UDT i zdanie egzaminu przed komisją powołaną przez Prezesa UDT. Kandydat musi przy tym wykazać odpowiednie przygotowanie, np. dokument potwierdzający kwalifikacje w zakresie instalacji sanitarnych, grzewczych, chłodniczych lub elektrycznych albo udokumentowane doświadczenie zawodowe. Odrębną ścieżkę przewidziano dla osób z wykształceniem w zawodzie technik urządzeń i systemów energetyki odnawialnej lub z odpowiednim wykształceniem wyższym – szczegóły publikuje UDT.",
                            en="The certificate is issued for 5 years; its validity can be extended for further periods once the statutory requirements are met, including completion of refresher training. The standard route to the certificate is to complete training with an organiser accredited by the UDT and pass an examination before a board appointed by the President of the UDT. Candidates must also show suitable preparation, such as a document confirming qualifications in plumbing, heating, refrigeration or electrical installations, or documented work experience. A separate route is provided for people trained in the occupation of renewable energy equipment and systems technician or with relevant higher education – the UDT publishes the details.",
                            es="El certificado se expide por 5 años; su validez puede prorrogarse por nuevos periodos si se cumplen los requisitos legales, entre ellos la realización de un curso de actualización. La vía habitual para obtenerlo es completar la formación con un organizador acreditado por la UDT y aprobar un examen ante una comisión nombrada por el presidente de la UDT. El candidato debe acreditar además una preparación adecuada, por ejemplo, un documento que certifique su cualificación en instalaciones sanitarias, de calefacción, frigoríficas o eléctricas, o experiencia profesional documentada. Existe una vía distinta para quienes tienen la titulación de técnico en equipos y sistemas de energías renovables o estudios superiores adecuados; los detalles los publica la UDT.",
                        ),
                        T(
                            pl="Certyfikat UDT co do zasady nie jest warunkiem wykonywania montażu, ale potwierdza kompetencje, zwiększa wiarygodność instalatora i bywa wymagany przez inwestorów, w przetargach oraz w programach dofinansowania. Dla osoby przechodzącej z branży elektrycznej lub instalacyjnej to naturalny kolejny krok.",
                            en="As a rule, the UDT certificate is not a legal condition for carrying out installation work, but it confirms competence, enhances an installer’s credibility and is often required by investors, in tenders and in funding schemes. For someone moving over from electrical or plumbing and heating work, it is a natural next step.",
                            es="Por regla general, el certificado de la UDT no es un requisito legal para realizar montajes, pero acredita la competencia, aumenta la credibilidad del instalador y a menudo lo exigen los propietarios, las licitaciones y los programas de ayudas. Para quien procede del sector eléctrico o de las instalaciones térmicas, es el siguiente paso natural.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Certyfikat instalatora OZE",
                            en="RES installer certificate",
                            es="Certificado de instalador de renovables",
                        ),
                        "definition": T(
                            pl="Dokument wydawany przez Prezesa Urzędu Dozoru Technicznego na podstawie ustawy o odnawialnych źródłach energii, potwierdzający kwalifikacje do instalowania kotłów i pieców na biomasę, systemów fotowoltaicznych, słonecznych systemów grzewczych, pomp ciepła lub płytkich systemów geotermalnych; wydawany na 5 lat.",
                            en="A document issued by the President of the Office of Technical Inspection (UDT) under the Renewable Energy Sources Act, confirming qualifications to install biomass boilers and stoves, photovoltaic systems, solar thermal systems, heat pumps or shallow geothermal systems; it is issued for 5 years.",
                            es="Documento expedido por el presidente de la Oficina de Inspección Técnica (UDT) con arreglo a la Ley sobre fuentes de energía renovables, que acredita la cualificación para instalar calderas y estufas de biomasa, sistemas fotovoltaicos, sistemas solares térmicos, bombas de calor o sistemas geotérmicos someros; se expide por 5 años.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Uprawnienia elektryczne i inne kwalifikacje",
                        en="Electrical licences and other qualifications",
                        es="Habilitaciones eléctricas y otras cualificaciones",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Przy instalacjach OZE potrzebne są też inne uprawnienia i szkolenia:",
                            en="Work on renewable energy installations also calls for other licences and training:",
                            es="Las instalaciones de renovables exigen también otras habilitaciones y formaciones:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="świadectwo kwalifikacyjne do eksploatacji urządzeń, instalacji i sieci elektrycznych (grupa 1), wydawane po egzaminie przed komisją kwalifikacyjną – podstawowe przy montażu i serwisie fotowoltaiki, magazynów energii i pomp ciepła; dla urządzeń cieplnych przewidziano grupę 2;",
                            en="a qualification certificate for operating electrical equipment, installations and networks (group 1), issued after an examination before a qualification board – essential for installing and servicing photovoltaics, energy storage and heat pumps; group 2 covers thermal equipment;",
                            es="el certificado de cualificación para la explotación de equipos, instalaciones y redes eléctricas (grupo 1), expedido tras un examen ante una comisión de cualificación, básico para montar y mantener fotovoltaica, almacenamiento de energía y bombas de calor; para los equipos térmicos existe el grupo 2;",
                        ),
                        T(
                            pl="certyfikat dla personelu w zakresie fluorowanych gazów cieplarnianych, wydawany przez UDT – wymagany przy pracach na obiegu chłodniczym pomp ciepła i klimatyzatorów zawierających F-gazy;",
                            en="a personnel certificate for fluorinated greenhouse gases, issued by the UDT – required for work on the refrigerant circuit of heat pumps and air conditioners containing F-gases;",
                            es="el certificado para el personal en materia de gases fluorados de efecto invernadero, expedido por la UDT, exigido para trabajar en el circuito frigorífico de bombas de calor y equipos de aire acondicionado que contienen gases fluorados;",
                        ),
                        T(
                            pl="szkolenia BHP do pracy na wysokości i badania lekarskie dopuszczające do takiej pracy, a przy obsłudze podestów ruchomych – zaświadczenie kwalifikacyjne UDT;",
                            en="health and safety training for work at height and a medical certificate of fitness for such work, and for operating mobile elevating work platforms, a UDT certificate of qualification;",
                            es="formación en prevención de riesgos para trabajos en altura y un reconocimiento médico de aptitud para ellos y, para manejar plataformas elevadoras móviles, el certificado de cualificación de la UDT;",
                        ),
                        T(
                            pl="szkolenia bezpieczeństwa GWO – w serwisie turbin wiatrowych;",
                            en="GWO safety training – for servicing wind turbines;",
                            es="formación en seguridad GWO, para el mantenimiento de aerogeneradores;",
                        ),
                        T(
                            pl="prawo jazdy kategorii B, bo ekipy montażowe dojeżdżają do klientów w całym regionie.",
                            en="a category B driving licence, because installation crews travel to customers all over the region.",
                            es="el permiso de conducir de la categoría B, porque los equipos de montaje se desplazan a casa de los clientes por toda la región.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="W szkolnictwie branżowym i technicznym przydatne są zawody z branży elektrycznej i instalacyjnej, a także zawód technik urządzeń i systemów energetyki odnawialnej. Dorośli mogą zdobywać kwalifikacje na kwalifikacyjnych kursach zawodowych i przez egzaminy eksternistyczne, a kwalifikacji rynkowych związanych z OZE warto szukać w Zintegrowanym Rejestrze Kwalifikacji.",
                            en="In vocational and technical education, occupations in the electrical and installation trades are useful, as is the occupation of renewable energy equipment and systems technician. Adults can gain qualifications through vocational qualification courses and external examinations, and market qualifications related to renewable energy are worth looking for in the Integrated Qualifications Register.",
                            es="En la formación profesional y técnica resultan útiles las ocupaciones de los sectores eléctrico y de instalaciones, así como la titulación de técnico en equipos y sistemas de energías renovables. Las personas adultas pueden obtener cualificaciones mediante cursos de cualificación profesional y exámenes libres, y conviene buscar cualificaciones de mercado relacionadas con las renovables en el Registro Integrado de Cualificaciones.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Świadectwo kwalifikacyjne",
                            en="Qualification certificate (energy equipment)",
                            es="Certificado de cualificación (equipos energéticos)",
                        ),
                        "definition": T(
                            pl="Dokument potwierdzający kwalifikacje do zajmowania się eksploatacją urządzeń, instalacji i sieci energetycznych – np. elektrycznych (grupa 1) lub cieplnych (grupa 2) – wydawany po egzaminie przed komisją kwalifikacyjną; potocznie mówi się o „uprawnieniach SEP”.",
                            en="A document confirming qualifications to operate and maintain energy equipment, installations and networks – for example electrical (group 1) or thermal (group 2) – issued after an examination before a qualification board; informally known as ‘SEP qualifications’.",
                            es="Documento que acredita la cualificación para la explotación de equipos, instalaciones y redes energéticas —por ejemplo, eléctricas (grupo 1) o térmicas (grupo 2)—, expedido tras un examen ante una comisión de cualificación; coloquialmente se habla de «habilitación SEP».",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Monter i konserwator urządzeń energii odnawialnej – ścieżka kariery",
                        en="Installer and maintainer of renewable energy equipment – a career path",
                        es="Montador y mantenedor de equipos de energía renovable: un itinerario profesional",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="W projekcie „Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy” jednym ze szkoleń specjalistycznych było szkolenie „Monter i konserwator urządzeń energii odnawialnej”. Nazwa dobrze oddaje dwa filary tej pracy: montaż nowych instalacji i ich utrzymanie. Serwis i konserwacja zyskują na znaczeniu, bo liczba działających instalacji rośnie, a każda z nich wymaga przeglądów, diagnostyki i napraw przez cały okres użytkowania. Przykładowa ścieżka kariery:",
                            en="In the project ‘Partnership for the development and promotion of green jobs’, one of the specialist training courses was ‘Installer and maintainer of renewable energy equipment’. The name captures the two pillars of this work well: installing new systems and maintaining them. Servicing and maintenance are growing in importance, because the number of systems in operation keeps rising and each needs inspections, diagnostics and repairs throughout its service life. An example career path:",
                            es="En el proyecto «Partenariado para el desarrollo y la promoción de los empleos verdes», una de las formaciones especializadas fue el curso «Montador y mantenedor de equipos de energía renovable». El nombre refleja bien los dos pilares de este trabajo: el montaje de nuevas instalaciones y su mantenimiento. El mantenimiento y la conservación ganan peso, porque el número de instalaciones en funcionamiento no deja de crecer y cada una necesita revisiones, diagnóstico y reparaciones durante toda su vida útil. Un ejemplo de itinerario profesional:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="pomocnik montera – praca w ekipie, nauka zasad bezpieczeństwa i podstaw technicznych;",
                            en="installer’s assistant – working in a crew, learning safety rules and technical basics;",
                            es="ayudante de montador: trabajo en equipo, aprendizaje de las normas de seguridad y de los fundamentos técnicos;",
                        ),
                        T(
                            pl="monter instalacji fotowoltaicznych lub pomp ciepła ze świadectwem kwalifikacyjnym;",
                            en="installer of photovoltaic systems or heat pumps holding a qualification certificate;",
                            es="montador de instalaciones fotovoltaicas o de bombas de calor con certificado de cualificación;",
                        ),
                        T(
                            pl="certyfikowany instalator OZE, serwisant, a z czasem kierownik ekipy;",
                            en="certified RES installer, service technician and, in time, crew leader;",
                            es="instalador certificado de renovables, técnico de mantenimiento y, con el tiempo, jefe de equipo;",
                        ),
                        T(
                            pl="dalsze specjalizacje: projektant, doradca techniczno-handlowy, specjalista ds. magazynów energii, technik utrzymania farm fotowoltaicznych lub wiatrowych, operator biogazowni;",
                            en="further specialisation: designer, technical sales advisor, energy storage specialist, solar or wind farm maintenance technician, biogas plant operator;",
                            es="especializaciones posteriores: proyectista, asesor técnico-comercial, especialista en almacenamiento de energía, técnico de mantenimiento de parques fotovoltaicos o eólicos, operador de planta de biogás;",
                        ),
                        T(
                            pl="własna działalność gospodarcza – firma instalacyjna lub serwisowa.",
                            en="running one’s own business – an installation or servicing firm.",
                            es="negocio propio: una empresa de instalación o de mantenimiento.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Obok uprawnień pracodawcy zwracają uwagę na kompetencje miękkie: punktualność, umiejętność pracy w zespole, kulturę w kontakcie z klientem w jego domu oraz gotowość do ciągłego uczenia się, bo urządzenia i przepisy szybko się zmieniają. Warto o tym rozmawiać z klientem i uwzględniać te elementy w indywidualnym planie działania.",
                            en="Besides formal qualifications, employers look at soft skills: punctuality, teamwork, courtesy when dealing with customers in their homes and a willingness to keep learning, because equipment and regulations change quickly. It is worth discussing this with the client and including these elements in the individual action plan.",
                            es="Además de las habilitaciones, los empleadores valoran las competencias transversales: la puntualidad, el trabajo en equipo, la corrección en el trato con el cliente en su propia casa y la disposición a seguir aprendiendo, porque los equipos y la normativa cambian con rapidez. Conviene hablarlo con el cliente e incluir estos aspectos en su plan individual de acción.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Kto zatrudnia w województwie podlaskim",
                        en="Who hires in the Podlaskie region",
                        es="Quién contrata en Podlaquia",
                    ),
                ),
                (
                    "list",
                    [
                        T(
                            pl="firmy instalacyjne – od jednoosobowych działalności po przedsiębiorstwa obsługujące kilka powiatów – montujące fotowoltaikę, pompy ciepła, kotły i systemy grzewcze;",
                            en="installation firms – from sole traders to companies serving several districts – installing photovoltaics, heat pumps, boilers and heating systems;",
                            es="empresas instaladoras —desde autónomos hasta empresas que atienden varios distritos— que montan fotovoltaica, bombas de calor, calderas y sistemas de calefacción;",
                        ),
                        T(
                            pl="hurtownie i dystrybutorzy urządzeń grzewczych i elektrycznych, zatrudniający doradców techniczno-handlowych i serwisantów;",
                            en="wholesalers and distributors of heating and electrical equipment, employing technical sales advisors and service technicians;",
                            es="mayoristas y distribuidores de equipos de calefacción y material eléctrico, que emplean a asesores técnico-comerciales y técnicos de mantenimiento;",
                        ),
                        T(
                            pl="właściciele i operatorzy farm fotowoltaicznych i wiatrowych oraz firmy świadczące usługi ich utrzymania;",
                            en="owners and operators of solar and wind farms and the firms that maintain them;",
                            es="propietarios y operadores de parques fotovoltaicos y eólicos y las empresas que prestan su mantenimiento;",
                        ),
                        T(
                            pl="biogazownie rolnicze, gospodarstwa rolne i zakłady przetwórstwa spożywczego inwestujące we własne źródła energii;",
                            en="agricultural biogas plants, farms and food-processing plants investing in their own energy sources;",
                            es="plantas de biogás agrícola, explotaciones agrarias e industrias alimentarias que invierten en fuentes de energía propias;",
                        ),
                        T(
                            pl="przedsiębiorstwa ciepłownicze i energetyczne, w tym operator systemu dystrybucyjnego (przyłączenia, pomiary);",
                            en="district heating and power companies, including the distribution system operator (connections, metering);",
                            es="empresas de calefacción urbana y eléctricas, incluido el gestor de la red de distribución (conexiones, medición);",
                        ),
                        T(
                            pl="gminy, spółdzielnie energetyczne i klastry energii oraz wojewódzki fundusz ochrony środowiska i gospodarki wodnej, który obsługuje programy wsparcia.",
                            en="municipalities, energy cooperatives and energy clusters, and the regional fund for environmental protection and water management, which administers support schemes.",
                            es="municipios, cooperativas energéticas y clústeres de energía, así como el fondo regional de protección del medio ambiente y gestión del agua, que gestiona los programas de ayudas.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Na podstawie ustawy z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia urząd pracy może sfinansować osobom bezrobotnym i poszukującym pracy szkolenia przygotowujące do egzaminów na świadectwa kwalifikacyjne i certyfikat UDT, a pracodawcy mogą korzystać ze środków Krajowego Funduszu Szkoleniowego na podnoszenie kwalifikacji swoich pracowników. Staż w firmie instalacyjnej pozwala sprawdzić, czy praca na wysokości i w terenie odpowiada klientowi, zanim zainwestuje on czas i pieniądze w kosztowne uprawnienia.",
                            en="Under the Act of 20 March 2025 on the labour market and employment services, a labour office can fund training for unemployed people and job-seekers to prepare them for qualification certificate and UDT certificate examinations, and employers can use the National Training Fund to upskill their staff. A traineeship with an installation firm lets the client check whether working at height and on site suits them before investing time and money in costly qualifications.",
                            es="Con arreglo a la Ley de 20 de marzo de 2025 sobre el mercado laboral y los servicios de empleo, la oficina de empleo puede financiar a personas desempleadas y demandantes de empleo la formación preparatoria para los exámenes de los certificados de cualificación y del certificado de la UDT, y los empleadores pueden recurrir al Fondo Nacional de Formación para mejorar la cualificación de su plantilla. Unas prácticas en una empresa instaladora permiten comprobar si el trabajo en altura y a pie de obra se adapta al cliente antes de que invierta tiempo y dinero en habilitaciones costosas.",
                        ),
                    ],
                ),
            ],
        },
    ],
    "quiz": {
        "title": T(
            pl="Sprawdź się: odnawialne źródła energii",
            en="Test yourself: renewable energy sources",
            es="Ponte a prueba: fuentes de energía renovables",
        ),
        "intro": T(
            pl="Quiz sprawdza wiedzę z czterech lekcji kursu: technologii OZE, zasad prosumenckich, programów wsparcia i kwalifikacji. Aby go zaliczyć, potrzebujesz co najmniej 70% poprawnych odpowiedzi.",
            en="The quiz tests your knowledge of the course’s four lessons: renewable technologies, prosumer rules, support schemes and qualifications. To pass, you need at least 70% correct answers.",
            es="El cuestionario evalúa los conocimientos de las cuatro lecciones del curso: tecnologías renovables, reglas de los prosumidores, programas de ayudas y cualificaciones. Para aprobarlo necesitas al menos un 70 % de respuestas correctas.",
        ),
    },
}
