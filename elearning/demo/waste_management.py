"""Demo course: block "gospodarowanie odpadami" (waste management)."""

from core.demo.text import T

COURSE = {
    "key": "waste-management",
    "illustration": "waste",
    "slug": T(pl="gospodarowanie-odpadami", en="waste-management", es="gestion-de-residuos"),
    "title": T(
        pl="Gospodarowanie odpadami",
        en="Waste management",
        es="Gestión de residuos",
    ),
    "summary": T(
        pl="Jak działa polski i unijny system gospodarowania odpadami – od hierarchii postępowania z odpadami, przez selektywne zbieranie i system kaucyjny, po BDO – i jakie zielone zawody z niego wynikają.",
        en="How the Polish and EU waste management system works – from the waste hierarchy, through separate collection and the deposit-return system, to the BDO database – and which green occupations it creates.",
        es="Cómo funciona el sistema polaco y europeo de gestión de residuos —desde la jerarquía de residuos, pasando por la recogida separada y el sistema de depósito, devolución y retorno, hasta la base de datos BDO— y qué empleos verdes genera.",
    ),
    "description": [
        T(
            pl="Kurs odpowiada blokowi tematycznemu „gospodarowanie odpadami”, jednemu z pięciu bloków, w których szkoleni byli doradcy ds. zielonych miejsc pracy w projekcie „Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy”. Omawia zasady gospodarowania odpadami wynikające z prawa Unii Europejskiej i prawa polskiego: hierarchię postępowania z odpadami, obowiązki gmin i mieszkańców, selektywne zbieranie odpadów komunalnych, rozszerzoną odpowiedzialność producenta, system kaucyjny oraz Bazę danych o produktach i opakowaniach oraz o gospodarce odpadami (BDO).",
            en="This course corresponds to the ‘waste management’ thematic block, one of the five blocks in which green-jobs advisors were trained in the project ‘Partnership for the development and promotion of green jobs’. It covers the principles of waste management under European Union and Polish law: the waste hierarchy, the duties of municipalities and residents, separate collection of municipal waste, extended producer responsibility, the deposit-return system and the Database on Products and Packaging and on Waste Management (BDO).",
            es="El curso corresponde al bloque temático «gestión de residuos», uno de los cinco bloques en los que se formó a los asesores de empleos verdes en el proyecto «Partenariado para el desarrollo y la promoción de los empleos verdes». Trata los principios de la gestión de residuos derivados del Derecho de la Unión Europea y del Derecho polaco: la jerarquía de residuos, las obligaciones de los municipios y de los vecinos, la recogida separada de residuos municipales, la responsabilidad ampliada del productor, el sistema de depósito, devolución y retorno y la Base de Datos sobre Productos y Envases y sobre Gestión de Residuos (BDO).",
        ),
        T(
            pl="Wiedza prawna jest tu punktem wyjścia do pracy z klientem. W każdej lekcji pokazujemy, jakie zawody, kwalifikacje i ścieżki kariery w sektorze odpadów i recyklingu można proponować osobom poszukującym pracy oraz jakich pracowników szukają pracodawcy w województwie podlaskim. Przepisy opisujemy według stanu na listopad 2026 r.; ponieważ prawo odpadowe często się zmienia, przed udzieleniem porady zawsze sprawdzaj aktualny tekst aktu.",
            en="Legal knowledge is the starting point for work with clients. Each lesson shows which occupations, qualifications and career paths in the waste and recycling sector can be suggested to job-seekers, and which workers employers in the Podlaskie region are looking for. The law is described as it stood in November 2026; because waste law changes often, always check the current text of an act before giving advice.",
            es="El conocimiento jurídico es aquí el punto de partida para el trabajo con el cliente. En cada lección mostramos qué ocupaciones, cualificaciones e itinerarios profesionales del sector de los residuos y el reciclaje pueden proponerse a las personas que buscan empleo y qué trabajadores buscan los empleadores del voivodato de Podlaquia. Describimos la normativa vigente en noviembre de 2026; como el Derecho de residuos cambia con frecuencia, comprueba siempre el texto vigente de cada norma antes de asesorar.",
        ),
    ],
    "outcomes": [
        T(
            pl="Wyjaśnić hierarchię postępowania z odpadami i wskazać najważniejsze akty prawa unijnego i polskiego, które ją regulują.",
            en="Explain the waste hierarchy and identify the main EU and Polish legal acts that govern it.",
            es="Explicar la jerarquía de residuos e identificar las principales normas europeas y polacas que la regulan.",
        ),
        T(
            pl="Opisać, jak działa gminny system odbioru odpadów komunalnych, w tym selektywne zbieranie pięciu frakcji i rola PSZOK.",
            en="Describe how the municipal system for collecting household waste works, including separate collection of the five fractions and the role of the PSZOK.",
            es="Describir cómo funciona el sistema municipal de recogida de residuos domésticos, incluida la recogida separada de las cinco fracciones y el papel del PSZOK.",
        ),
        T(
            pl="Objaśnić zasady rozszerzonej odpowiedzialności producenta i systemu kaucyjnego działającego w Polsce od 1 października 2025 r.",
            en="Explain the principles of extended producer responsibility and of the deposit-return system operating in Poland since 1 October 2025.",
            es="Explicar los principios de la responsabilidad ampliada del productor y del sistema de depósito, devolución y retorno que funciona en Polonia desde el 1 de octubre de 2025.",
        ),
        T(
            pl="Wskazać, kto i w jakim zakresie ma obowiązki w BDO, oraz rozpoznać wynikające z tego stanowiska pracy.",
            en="Identify who has obligations in the BDO and to what extent, and recognise the jobs that result from them.",
            es="Indicar quién tiene obligaciones en la BDO y con qué alcance, y reconocer los puestos de trabajo que se derivan de ellas.",
        ),
        T(
            pl="Dobrać do profilu klienta zawody, kwalifikacje i formy wsparcia urzędu pracy w sektorze odpadów i recyklingu.",
            en="Match occupations, qualifications and forms of labour-office support in the waste and recycling sector to a client’s profile.",
            es="Adecuar al perfil del cliente ocupaciones, cualificaciones y medidas de apoyo de la oficina de empleo en el sector de los residuos y el reciclaje.",
        ),
    ],
    "estimated_minutes": 90,
    "pass_mark": 70,
    "glossary": [
        {
            "term": T(
                pl="Hierarchia postępowania z odpadami",
                en="Waste hierarchy",
                es="Jerarquía de residuos",
            ),
            "definition": T(
                pl="Ustalona w prawie kolejność priorytetów: zapobieganie powstawaniu odpadów, przygotowywanie do ponownego użycia, recykling, inne procesy odzysku (np. odzysk energii) i – na końcu – unieszkodliwianie, w tym składowanie.",
                en="The order of priorities laid down in law: waste prevention, preparing for re-use, recycling, other recovery (e.g. energy recovery) and – last of all – disposal, including landfill.",
                es="Orden de prioridades establecido por la ley: prevención de residuos, preparación para la reutilización, reciclado, otro tipo de valorización (por ejemplo, la valorización energética) y, en último lugar, eliminación, incluido el depósito en vertedero.",
            ),
        },
        {
            "term": T(
                pl="Gospodarka o obiegu zamkniętym",
                en="Circular economy",
                es="Economía circular",
            ),
            "definition": T(
                pl="Model gospodarki, w którym produkty, materiały i surowce pozostają w obiegu jak najdłużej, a wytwarzanie odpadów ogranicza się do minimum, m.in. dzięki naprawie, ponownemu użyciu i recyklingowi.",
                en="An economic model in which products, materials and resources are kept in use for as long as possible and waste generation is kept to a minimum, for example through repair, re-use and recycling.",
                es="Modelo económico en el que los productos, materiales y recursos se mantienen en uso el mayor tiempo posible y la generación de residuos se reduce al mínimo, entre otras cosas mediante la reparación, la reutilización y el reciclado.",
            ),
        },
        {
            "term": T(
                pl="Selektywne zbieranie odpadów",
                en="Separate collection of waste",
                es="Recogida separada de residuos",
            ),
            "definition": T(
                pl="Zbieranie odpadów z podziałem na frakcje – w gospodarstwach domowych: papier, metale, tworzywa sztuczne, szkło i bioodpady, oddzielnie od odpadów zmieszanych – tak aby można je było przygotować do ponownego użycia lub poddać recyklingowi.",
                en="Collecting waste divided into fractions – in households: paper, metals, plastics, glass and bio-waste, kept apart from mixed waste – so that it can be prepared for re-use or recycled.",
                es="Recogida de los residuos divididos en fracciones —en los hogares: papel, metales, plásticos, vidrio y biorresiduos, separados de los residuos mezclados— para que puedan prepararse para la reutilización o reciclarse.",
            ),
        },
        {
            "term": T(
                pl="PSZOK (punkt selektywnego zbierania odpadów komunalnych)",
                en="PSZOK (municipal separate-collection point)",
                es="PSZOK (punto municipal de recogida separada)",
            ),
            "definition": T(
                pl="Miejsce zorganizowane przez gminę, w którym mieszkańcy oddają odpady nieodbierane sprzed domu, np. odpady niebezpieczne, zużyty sprzęt elektryczny i elektroniczny, meble, opony czy tekstylia.",
                en="A site organised by the municipality where residents drop off waste that is not collected from their homes, such as hazardous waste, waste electrical and electronic equipment, furniture, tyres or textiles.",
                es="Instalación organizada por el municipio en la que los vecinos entregan los residuos que no se recogen en la puerta de casa, como residuos peligrosos, aparatos eléctricos y electrónicos usados, muebles, neumáticos o textiles.",
            ),
        },
        {
            "term": T(
                pl="Rozszerzona odpowiedzialność producenta (ROP)",
                en="Extended producer responsibility (EPR)",
                es="Responsabilidad ampliada del productor (RAP)",
            ),
            "definition": T(
                pl="Zasada, zgodnie z którą przedsiębiorca wprowadzający produkt do obrotu ponosi odpowiedzialność organizacyjną i finansową za ten produkt także wtedy, gdy stanie się on odpadem – np. finansuje jego zbieranie i recykling.",
                en="The principle under which a business placing a product on the market bears organisational and financial responsibility for it even after it has become waste – for example by financing its collection and recycling.",
                es="Principio según el cual la empresa que introduce un producto en el mercado asume la responsabilidad organizativa y financiera sobre él también cuando se convierte en residuo; por ejemplo, financia su recogida y reciclado.",
            ),
        },
        {
            "term": T(
                pl="System kaucyjny",
                en="Deposit-return system",
                es="Sistema de depósito, devolución y retorno (SDDR)",
            ),
            "definition": T(
                pl="System, w którym do ceny napoju w objętym nim opakowaniu doliczana jest kaucja, zwracana po oddaniu pustego opakowania w punkcie zbiórki; w Polsce działa od 1 października 2025 r.",
                en="A system in which a deposit is added to the price of a drink sold in covered packaging and refunded when the empty container is returned to a collection point; in Poland it has operated since 1 October 2025.",
                es="Sistema en el que al precio de una bebida en un envase incluido se añade un depósito, que se devuelve al entregar el envase vacío en un punto de recogida; en Polonia funciona desde el 1 de octubre de 2025.",
            ),
        },
        {
            "term": T(
                pl="BDO",
                en="BDO (Polish waste database)",
                es="BDO (base de datos polaca de residuos)",
            ),
            "definition": T(
                pl="Baza danych o produktach i opakowaniach oraz o gospodarce odpadami – elektroniczny system utworzony na podstawie ustawy o odpadach, obejmujący rejestr podmiotów oraz ewidencję i sprawozdawczość odpadową.",
                en="The Database on Products and Packaging and on Waste Management – an electronic system established under the Waste Act, comprising a register of businesses together with waste record-keeping and reporting.",
                es="Base de Datos sobre Productos y Envases y sobre Gestión de Residuos: sistema electrónico creado en virtud de la Ley de residuos que comprende un registro de entidades, así como el registro documental de residuos y la presentación de informes.",
            ),
        },
        {
            "term": T(
                pl="Surowce wtórne",
                en="Secondary raw materials",
                es="Materias primas secundarias",
            ),
            "definition": T(
                pl="Materiały odzyskane z odpadów – np. makulatura, szkło, metale i tworzywa sztuczne – które po przygotowaniu (sortowaniu, oczyszczeniu, rozdrobnieniu) zastępują w produkcji surowce pierwotne.",
                en="Materials recovered from waste – such as waste paper, glass, metals and plastics – which, once prepared (sorted, cleaned, shredded), replace primary raw materials in production.",
                es="Materiales recuperados de los residuos —por ejemplo, papel y cartón recuperado, vidrio, metales y plásticos— que, una vez preparados (clasificados, limpiados, triturados), sustituyen a las materias primas primarias en la producción.",
            ),
        },
    ],
    "lessons": [
        {
            "slug": T(
                pl="hierarchia-postepowania-z-odpadami",
                en="waste-hierarchy",
                es="jerarquia-de-residuos",
            ),
            "title": T(
                pl="Hierarchia postępowania z odpadami i gospodarka o obiegu zamkniętym",
                en="The waste hierarchy and the circular economy",
                es="La jerarquía de residuos y la economía circular",
            ),
            "summary": T(
                pl="Czym są odpady w świetle prawa, jakie priorytety wyznacza hierarchia postępowania z odpadami i jakie cele stawia Polsce Unia Europejska.",
                en="What the law regards as waste, which priorities the waste hierarchy sets and which targets the European Union sets for Poland.",
                es="Qué es un residuo según la ley, qué prioridades establece la jerarquía de residuos y qué objetivos fija la Unión Europea a Polonia.",
            ),
            "body": [
                (
                    "heading",
                    T(
                        pl="Dlaczego doradca powinien znać prawo odpadowe",
                        en="Why an advisor needs to know waste law",
                        es="Por qué el asesor debe conocer el Derecho de residuos",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Gospodarka odpadami to jeden z najbardziej namacalnych obszarów zielonej gospodarki. Każdy mieszkaniec codziennie wytwarza odpady, a każda gmina musi zorganizować ich odbiór i zagospodarowanie. Za tym systemem stoi wiele miejsc pracy: w odbiorze i transporcie odpadów, w sortowniach, kompostowniach i zakładach recyklingu, w punktach napraw i ponownego użycia, a także w biurach firm i urzędów, które prowadzą ewidencję i sprawozdawczość.",
                            en="Waste management is one of the most tangible areas of the green economy. Every resident produces waste every day, and every municipality has to organise its collection and treatment. Behind this system lie many jobs: in waste collection and transport, in sorting plants, composting facilities and recycling plants, in repair and re-use centres, and in the offices of companies and public authorities that keep records and submit reports.",
                            es="La gestión de residuos es uno de los ámbitos más tangibles de la economía verde. Cada vecino genera residuos a diario y cada municipio tiene que organizar su recogida y tratamiento. Detrás de este sistema hay muchos puestos de trabajo: en la recogida y el transporte de residuos, en las plantas de clasificación, de compostaje y de reciclado, en los centros de reparación y reutilización, y también en las oficinas de empresas y administraciones que llevan los registros y elaboran los informes.",
                        ),
                        T(
                            pl="Przepisy w tej dziedzinie zmieniają się szybko i bezpośrednio wpływają na rynek pracy. Gdy prawo nakłada nowy obowiązek – selektywnego zbierania kolejnej frakcji, zwrotu opakowań w systemie kaucyjnym czy elektronicznej ewidencji odpadów – pracodawcy potrzebują ludzi, którzy go wykonają. Doradca, który rozumie te mechanizmy, trafniej wskaże klientowi branże z perspektywami i kwalifikacje warte zdobycia.",
                            en="The rules in this field change quickly and have a direct effect on the labour market. When the law imposes a new obligation – separate collection of another fraction, return of containers through a deposit-return system or electronic waste records – employers need people to carry it out. An advisor who understands these mechanisms can point a client more accurately to sectors with prospects and to qualifications worth obtaining.",
                            es="La normativa de este ámbito cambia con rapidez e influye directamente en el mercado laboral. Cuando la ley impone una nueva obligación —la recogida separada de otra fracción, la devolución de envases en un sistema de depósito o el registro electrónico de residuos—, los empleadores necesitan personas que la cumplan. El asesor que entiende estos mecanismos puede orientar mejor al cliente hacia sectores con futuro y cualificaciones que merece la pena obtener.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Co prawo uznaje za odpad",
                        en="What the law regards as waste",
                        es="Qué considera residuo la ley",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Podstawowym aktem prawa polskiego jest ustawa z dnia 14 grudnia 2012 r. o odpadach. Wdraża ona dyrektywę Parlamentu Europejskiego i Rady 2008/98/WE z dnia 19 listopada 2008 r. w sprawie odpadów, zwaną dyrektywą ramową w sprawie odpadów. Oba akty definiują odpady w ten sam sposób: kluczowe jest to, czy posiadacz pozbywa się danej rzeczy, a nie to, czy ma ona jeszcze jakąś wartość.",
                            en="The basic Polish statute is the Act of 14 December 2012 on waste (ustawa o odpadach). It transposes Directive 2008/98/EC of the European Parliament and of the Council of 19 November 2008 on waste, known as the Waste Framework Directive. Both acts define waste in the same way: what matters is whether the holder discards a thing, not whether it still has any value.",
                            es="La norma básica del Derecho polaco es la Ley de 14 de diciembre de 2012 sobre residuos (ustawa o odpadach). Esta ley transpone la Directiva 2008/98/CE del Parlamento Europeo y del Consejo, de 19 de noviembre de 2008, sobre los residuos, conocida como Directiva marco de residuos. Ambas normas definen el residuo del mismo modo: lo decisivo es si el poseedor se desprende de una cosa, no si esta conserva algún valor.",
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "quote": T(
                            pl="każdą substancję lub przedmiot, których posiadacz pozbywa się, zamierza się pozbyć lub do których pozbycia się jest obowiązany",
                            en="any substance or object which the holder discards or intends or is required to discard",
                            es="cualquier sustancia u objeto del cual su poseedor se desprenda o tenga la intención o la obligación de desprenderse",
                        ),
                        "attribution": T(
                            pl="Definicja odpadów – art. 3 ust. 1 pkt 6 ustawy z dnia 14 grudnia 2012 r. o odpadach",
                            en="Definition of waste – Article 3(1)(6) of the Polish Act of 14 December 2012 on waste (wording corresponding to Article 3(1) of Directive 2008/98/EC)",
                            es="Definición de residuo: artículo 3, apartado 1, punto 6, de la Ley polaca de 14 de diciembre de 2012 sobre residuos (redacción correspondiente al artículo 3, punto 1, de la Directiva 2008/98/CE)",
                        ),
                    },
                ),
                (
                    "text",
                    [
                        T(
                            pl="Z tej definicji wynikają praktyczne konsekwencje. Przedmiot przekazany do sortowni jest odpadem, nawet jeśli zawiera cenne surowce. Dopiero po spełnieniu warunków tzw. utraty statusu odpadów materiał z recyklingu może znów stać się produktem. Z kolei produkt uboczny powstający w procesie produkcji nie jest odpadem, jeżeli spełnia warunki określone w ustawie. Te rozróżnienia są ważne dla przedsiębiorców, bo od nich zależy, czy potrzebne są zezwolenia, wpis do BDO i ewidencja odpadów.",
                            en="This definition has practical consequences. An item delivered to a sorting plant is waste, even if it contains valuable materials. Only once the conditions for so-called end-of-waste status are met can recycled material become a product again. Conversely, a by-product arising in a production process is not waste if it meets the conditions laid down in the Act. These distinctions matter to businesses, because they determine whether permits, registration in the BDO and waste records are required.",
                            es="De esta definición se derivan consecuencias prácticas. Un objeto entregado a una planta de clasificación es un residuo, aunque contenga materiales valiosos. Solo cuando se cumplen las condiciones del llamado fin de la condición de residuo puede el material reciclado volver a ser un producto. A su vez, un subproducto generado en un proceso productivo no es residuo si cumple las condiciones previstas en la ley. Estas distinciones son importantes para las empresas, porque determinan si se necesitan autorizaciones, la inscripción en la BDO y el registro de residuos.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Pięć szczebli hierarchii",
                        en="The five steps of the hierarchy",
                        es="Los cinco niveles de la jerarquía",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Dyrektywa 2008/98/WE (art. 4) i ustawa o odpadach (art. 17) wprowadzają hierarchię postępowania z odpadami, czyli kolejność działań – od najbardziej do najmniej pożądanych:",
                            en="Directive 2008/98/EC (Article 4) and the Waste Act (Article 17) establish the waste hierarchy, that is, an order of action from the most to the least desirable:",
                            es="La Directiva 2008/98/CE (artículo 4) y la Ley de residuos (artículo 17) establecen la jerarquía de residuos, es decir, un orden de actuación de la opción más deseable a la menos deseable:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="zapobieganie powstawaniu odpadów – np. projektowanie trwałych produktów, ograniczanie opakowań, naprawa zamiast wymiany;",
                            en="waste prevention – for example designing durable products, reducing packaging, repairing instead of replacing;",
                            es="prevención de residuos: por ejemplo, diseñar productos duraderos, reducir los envases, reparar en lugar de sustituir;",
                        ),
                        T(
                            pl="przygotowywanie do ponownego użycia – sprawdzanie, czyszczenie lub naprawa przedmiotów, które stały się odpadami, tak aby mogły znów służyć;",
                            en="preparing for re-use – checking, cleaning or repairing items that have become waste so that they can be used again;",
                            es="preparación para la reutilización: comprobar, limpiar o reparar objetos que se han convertido en residuos para que puedan volver a utilizarse;",
                        ),
                        T(
                            pl="recykling – przetworzenie odpadów na materiały lub substancje wykorzystywane ponownie w produkcji, w tym recykling organiczny bioodpadów;",
                            en="recycling – reprocessing waste into materials or substances used again in production, including organic recycling of bio-waste;",
                            es="reciclado: transformar los residuos en materiales o sustancias que vuelven a utilizarse en la producción, incluido el reciclado orgánico de los biorresiduos;",
                        ),
                        T(
                            pl="inne procesy odzysku – np. odzysk energii w instalacjach termicznego przekształcania odpadów komunalnych;",
                            en="other recovery – for example energy recovery in municipal waste incineration plants;",
                            es="otro tipo de valorización: por ejemplo, la valorización energética en instalaciones de incineración de residuos municipales;",
                        ),
                        T(
                            pl="unieszkodliwianie – w tym składowanie na składowisku, traktowane jako ostateczność.",
                            en="disposal – including landfilling, treated as a last resort.",
                            es="eliminación: incluido el depósito en vertedero, considerado el último recurso.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Od tej kolejności można odstąpić tylko wtedy, gdy dla konkretnego strumienia odpadów inny sposób postępowania daje lepszy efekt dla środowiska, co trzeba uzasadnić analizą cyklu życia. W praktyce prawo i polityka publiczna konsekwentnie przesuwają odpady w górę hierarchii: ze składowisk do recyklingu, a z recyklingu – tam, gdzie się da – do naprawy i ponownego użycia.",
                            en="Departing from this order is allowed only where, for a specific waste stream, another option delivers a better environmental outcome, which must be justified by life-cycle thinking. In practice, law and public policy consistently push waste up the hierarchy: from landfill to recycling and, wherever possible, from recycling to repair and re-use.",
                            es="Solo se puede apartar de este orden cuando, para un flujo de residuos concreto, otra opción ofrece un mejor resultado ambiental, lo que debe justificarse mediante un análisis del ciclo de vida. En la práctica, la ley y las políticas públicas desplazan sistemáticamente los residuos hacia arriba en la jerarquía: del vertedero al reciclado y, siempre que sea posible, del reciclado a la reparación y la reutilización.",
                        ),
                        T(
                            pl="Każdy szczebel hierarchii wymaga innych kompetencji. Zapobieganie i ponowne użycie to praca dla projektantów, serwisantów, pracowników punktów napraw i sklepów z rzeczami używanymi. Recykling potrzebuje sortowaczy, operatorów maszyn, mechaników i technologów. Odzysk energii i unieszkodliwianie to z kolei zakłady o wysokich wymaganiach technicznych i środowiskowych, które zatrudniają m.in. operatorów instalacji i laborantów.",
                            en="Each step of the hierarchy calls for different skills. Prevention and re-use provide work for designers, service technicians, staff of repair centres and second-hand shops. Recycling needs sorters, machine operators, mechanics and process technologists. Energy recovery and disposal, in turn, take place in facilities with demanding technical and environmental requirements, which employ plant operators and laboratory technicians, among others.",
                            es="Cada nivel de la jerarquía exige competencias distintas. La prevención y la reutilización dan trabajo a diseñadores, técnicos de mantenimiento y personal de centros de reparación y tiendas de segunda mano. El reciclado necesita clasificadores, operadores de maquinaria, mecánicos y tecnólogos. La valorización energética y la eliminación, por su parte, se realizan en instalaciones con elevadas exigencias técnicas y ambientales, que emplean, entre otros, a operadores de planta y técnicos de laboratorio.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Hierarchia postępowania z odpadami",
                            en="Waste hierarchy",
                            es="Jerarquía de residuos",
                        ),
                        "definition": T(
                            pl="Ustalona w prawie kolejność priorytetów: zapobieganie powstawaniu odpadów, przygotowywanie do ponownego użycia, recykling, inne procesy odzysku (np. odzysk energii) i – na końcu – unieszkodliwianie, w tym składowanie.",
                            en="The order of priorities laid down in law: waste prevention, preparing for re-use, recycling, other recovery (e.g. energy recovery) and – last of all – disposal, including landfill.",
                            es="Orden de prioridades establecido por la ley: prevención de residuos, preparación para la reutilización, reciclado, otro tipo de valorización (por ejemplo, la valorización energética) y, en último lugar, eliminación, incluido el depósito en vertedero.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Gospodarka o obiegu zamkniętym i cele unijne",
                        en="The circular economy and EU targets",
                        es="La economía circular y los objetivos de la UE",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Hierarchia postępowania z odpadami jest fundamentem szerszej koncepcji gospodarki o obiegu zamkniętym (GOZ), której celem jest jak najdłuższe utrzymanie produktów i materiałów w obiegu. W 2018 r. Unia Europejska przyjęła pakiet zmian w przepisach odpadowych, w tym dyrektywę (UE) 2018/851 zmieniającą dyrektywę 2008/98/WE oraz dyrektywę (UE) 2018/850 zmieniającą dyrektywę Rady 1999/31/WE w sprawie składowania odpadów. Najważniejsze wynikające z nich obowiązki państw członkowskich to:",
                            en="The waste hierarchy is the foundation of the wider concept of the circular economy, whose aim is to keep products and materials in use for as long as possible. In 2018 the European Union adopted a package of amendments to waste legislation, including Directive (EU) 2018/851 amending Directive 2008/98/EC and Directive (EU) 2018/850 amending Council Directive 1999/31/EC on the landfill of waste. The main obligations they place on Member States are:",
                            es="La jerarquía de residuos es la base del concepto más amplio de economía circular, cuyo objetivo es mantener los productos y materiales en uso durante el mayor tiempo posible. En 2018 la Unión Europea adoptó un paquete de modificaciones de la legislación sobre residuos, entre ellas la Directiva (UE) 2018/851, por la que se modifica la Directiva 2008/98/CE, y la Directiva (UE) 2018/850, por la que se modifica la Directiva 1999/31/CE del Consejo relativa al vertido de residuos. Las principales obligaciones que imponen a los Estados miembros son:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="przygotowanie do ponownego użycia i recykling odpadów komunalnych na poziomie co najmniej 55% masy do 2025 r., 60% do 2030 r. i 65% do 2035 r.;",
                            en="preparing for re-use and recycling of at least 55% of municipal waste by weight by 2025, 60% by 2030 and 65% by 2035;",
                            es="preparación para la reutilización y reciclado de al menos el 55 % en peso de los residuos municipales de aquí a 2025, el 60 % de aquí a 2030 y el 65 % de aquí a 2035;",
                        ),
                        T(
                            pl="ograniczenie do 2035 r. ilości składowanych odpadów komunalnych do najwyżej 10% ogółu wytworzonych odpadów komunalnych;",
                            en="reducing the amount of municipal waste landfilled to no more than 10% of all municipal waste generated by 2035;",
                            es="reducir, de aquí a 2035, la cantidad de residuos municipales depositados en vertedero a un máximo del 10 % del total de residuos municipales generados;",
                        ),
                        T(
                            pl="selektywne zbieranie lub recykling u źródła bioodpadów (od końca 2023 r.) oraz selektywne zbieranie tekstyliów (od 1 stycznia 2025 r.);",
                            en="separate collection or recycling at source of bio-waste (from the end of 2023) and separate collection of textiles (from 1 January 2025);",
                            es="recogida separada o reciclado en origen de los biorresiduos (desde finales de 2023) y recogida separada de los textiles (desde el 1 de enero de 2025);",
                        ),
                        T(
                            pl="systemy rozszerzonej odpowiedzialności producenta dla wszystkich opakowań (termin: koniec 2024 r.).",
                            en="extended producer responsibility schemes for all packaging (deadline: end of 2024).",
                            es="regímenes de responsabilidad ampliada del productor para todos los envases (plazo: finales de 2024).",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Nowym instrumentem jest rozporządzenie Parlamentu Europejskiego i Rady (UE) 2025/40 z dnia 19 grudnia 2024 r. w sprawie opakowań i odpadów opakowaniowych, stosowane co do zasady od 12 sierpnia 2026 r. Jako rozporządzenie obowiązuje bezpośrednio we wszystkich państwach członkowskich i stopniowo wprowadza m.in. wymogi dotyczące przydatności opakowań do recyklingu, minimalnej zawartości materiałów z recyklingu w opakowaniach z tworzyw sztucznych oraz ponownego użycia. Część jego przepisów wymaga uzupełnienia w prawie krajowym – sprawdzaj, na jakim etapie są prace legislacyjne.",
                            en="A new instrument is Regulation (EU) 2025/40 of the European Parliament and of the Council of 19 December 2024 on packaging and packaging waste, which in principle applies from 12 August 2026. As a regulation it is directly applicable in all Member States and gradually introduces requirements on, among other things, the recyclability of packaging, minimum recycled content in plastic packaging and re-use. Some of its provisions require supplementary national legislation – check how far the legislative work has progressed.",
                            es="Un instrumento nuevo es el Reglamento (UE) 2025/40 del Parlamento Europeo y del Consejo, de 19 de diciembre de 2024, relativo a los envases y residuos de envases, aplicable en principio desde el 12 de agosto de 2026. Al ser un reglamento, es directamente aplicable en todos los Estados miembros e introduce de forma progresiva, entre otros, requisitos de reciclabilidad de los envases, de contenido mínimo reciclado en los envases de plástico y de reutilización. Algunas de sus disposiciones requieren normas nacionales complementarias: comprueba en qué fase se encuentran los trabajos legislativos.",
                        ),
                        T(
                            pl="Dla doradcy najważniejszy wniosek jest prosty: cele unijne są wiążące, a ich osiągnięcie wymaga rozbudowy zbiórki, sortowania, recyklingu i naprawy. To trwały kierunek rozwoju rynku pracy, a nie chwilowa moda.",
                            en="For an advisor the key conclusion is simple: the EU targets are binding, and meeting them requires more collection, sorting, recycling and repair. This is a lasting direction of labour-market development, not a passing trend.",
                            es="Para el asesor, la conclusión principal es sencilla: los objetivos de la UE son vinculantes y alcanzarlos exige ampliar la recogida, la clasificación, el reciclado y la reparación. Es una tendencia duradera del mercado laboral, no una moda pasajera.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Gospodarka o obiegu zamkniętym",
                            en="Circular economy",
                            es="Economía circular",
                        ),
                        "definition": T(
                            pl="Model gospodarki, w którym produkty, materiały i surowce pozostają w obiegu jak najdłużej, a wytwarzanie odpadów ogranicza się do minimum, m.in. dzięki naprawie, ponownemu użyciu i recyklingowi.",
                            en="An economic model in which products, materials and resources are kept in use for as long as possible and waste generation is kept to a minimum, for example through repair, re-use and recycling.",
                            es="Modelo económico en el que los productos, materiales y recursos se mantienen en uso el mayor tiempo posible y la generación de residuos se reduce al mínimo, entre otras cosas mediante la reparación, la reutilización y el reciclado.",
                        ),
                    },
                ),
            ],
        },
        {
            "slug": T(
                pl="gminny-system-odpadow-komunalnych",
                en="municipal-waste-system",
                es="sistema-municipal-de-residuos",
            ),
            "title": T(
                pl="Gminny system gospodarowania odpadami komunalnymi",
                en="The municipal waste management system",
                es="El sistema municipal de gestión de residuos",
            ),
            "summary": T(
                pl="Kto odpowiada za odpady z gospodarstw domowych, jak działa selektywne zbieranie pięciu frakcji i czym zajmuje się PSZOK.",
                en="Who is responsible for household waste, how separate collection of the five fractions works and what a PSZOK does.",
                es="Quién es responsable de los residuos domésticos, cómo funciona la recogida separada de las cinco fracciones y qué hace un PSZOK.",
            ),
            "body": [
                (
                    "heading",
                    T(
                        pl="Odpowiedzialność gminy",
                        en="The municipality’s responsibility",
                        es="La responsabilidad del municipio",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Zasady postępowania z odpadami komunalnymi określa ustawa z dnia 13 września 1996 r. o utrzymaniu czystości i porządku w gminach. Od 1 lipca 2013 r. to gmina odpowiada za zorganizowanie odbioru odpadów komunalnych od właścicieli nieruchomości zamieszkałych: wybiera firmę odbierającą odpady, zwykle w przetargu, albo powierza to zadanie własnej jednostce lub spółce. Mieszkańcy wnoszą do gminy opłatę za gospodarowanie odpadami komunalnymi. Gmina może objąć systemem także nieruchomości niezamieszkałe, np. firmy i instytucje.",
                            en="The rules for municipal waste are laid down in the Act of 13 September 1996 on maintaining cleanliness and order in municipalities. Since 1 July 2013 the municipality (gmina) has been responsible for organising the collection of municipal waste from owners of residential properties: it selects a waste collection company, usually through a tender, or entrusts the task to its own unit or company. Residents pay the municipality a municipal waste management charge. The municipality may also bring non-residential properties, such as businesses and institutions, into the system.",
                            es="Las normas sobre residuos municipales se recogen en la Ley de 13 de septiembre de 1996 sobre el mantenimiento de la limpieza y el orden en los municipios. Desde el 1 de julio de 2013, el municipio (gmina) es responsable de organizar la recogida de los residuos municipales de los propietarios de inmuebles habitados: elige la empresa de recogida, normalmente mediante licitación, o encomienda la tarea a una unidad o empresa propia. Los vecinos pagan al municipio una tasa por la gestión de los residuos municipales. El municipio puede incluir también en el sistema los inmuebles no habitados, como empresas e instituciones.",
                        ),
                        T(
                            pl="Wysokość opłaty i metodę jej naliczania – np. od liczby mieszkańców, od ilości zużytej wody lub od gospodarstwa domowego – ustala rada gminy w uchwale, a właściciel nieruchomości składa deklarację o wysokości opłaty. Szczegółowe zasady, m.in. częstotliwość odbioru i rodzaje pojemników, określa regulamin utrzymania czystości i porządku na terenie gminy, również przyjmowany uchwałą rady gminy.",
                            en="The amount of the charge and the method of calculating it – for example per resident, according to water consumption or per household – are set by the municipal council in a resolution, and the property owner submits a declaration of the amount due. Detailed rules, such as collection frequency and types of containers, are laid down in the municipal regulations on cleanliness and order, which are also adopted by a council resolution.",
                            es="El importe de la tasa y el método de cálculo —por ejemplo, por número de residentes, según el consumo de agua o por hogar— los fija el pleno municipal mediante acuerdo, y el propietario presenta una declaración del importe debido. Las normas detalladas, como la frecuencia de recogida y los tipos de contenedores, figuran en el reglamento municipal de limpieza y orden, aprobado también por acuerdo del pleno.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Selektywne zbieranie – pięć frakcji",
                        en="Separate collection – five fractions",
                        es="Recogida separada: cinco fracciones",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Od nowelizacji ustawy w 2019 r. selektywne zbieranie odpadów komunalnych jest obowiązkowe dla wszystkich właścicieli nieruchomości. Sposób segregacji jest jednolity w całym kraju i wynika z rozporządzenia Ministra Środowiska z dnia 29 grudnia 2016 r. w sprawie szczegółowego sposobu selektywnego zbierania wybranych frakcji odpadów. Rozporządzenie wymienia pięć frakcji: papier, metale, tworzywa sztuczne, szkło i bioodpady. Metale i tworzywa sztuczne trafiają do wspólnego pojemnika, dlatego w praktyce mieszkańcy korzystają z czterech kolorowych pojemników lub worków oraz z pojemnika na odpady zmieszane:",
                            en="Since the 2019 amendment of the Act, separate collection of municipal waste has been compulsory for all property owners. The sorting method is uniform throughout the country and follows from the Regulation of the Minister of the Environment of 29 December 2016 on the detailed method of separate collection of selected waste fractions. The regulation lists five fractions: paper, metals, plastics, glass and bio-waste. Metals and plastics go into a shared container, so in practice residents use four colour-coded containers or bags plus a container for mixed waste:",
                            es="Desde la reforma de la ley de 2019, la recogida separada de los residuos municipales es obligatoria para todos los propietarios de inmuebles. El modo de separación es uniforme en todo el país y se deriva del Reglamento del Ministro de Medio Ambiente de 29 de diciembre de 2016 sobre el modo detallado de recogida separada de determinadas fracciones de residuos. El reglamento enumera cinco fracciones: papel, metales, plásticos, vidrio y biorresiduos. Los metales y los plásticos se depositan en un contenedor común, por lo que en la práctica los vecinos utilizan cuatro contenedores o bolsas de colores y un contenedor para los residuos mezclados:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="niebieski – papier, np. gazety, kartony i tektura;",
                            en="blue – paper, such as newspapers, cardboard boxes and cardboard;",
                            es="azul: papel, por ejemplo periódicos, cajas y cartón;",
                        ),
                        T(
                            pl="zielony – szkło, głównie opakowania szklane (gmina może dodatkowo rozdzielić szkło bezbarwne i kolorowe);",
                            en="green – glass, mainly glass packaging (the municipality may also separate clear and coloured glass);",
                            es="verde: vidrio, principalmente envases de vidrio (el municipio puede separar además el vidrio incoloro del de color);",
                        ),
                        T(
                            pl="żółty – metale i tworzywa sztuczne, w tym opakowania wielomateriałowe, np. kartony po napojach;",
                            en="yellow – metals and plastics, including multi-material packaging such as drinks cartons;",
                            es="amarillo: metales y plásticos, incluidos los envases multimaterial, como los briks de bebidas;",
                        ),
                        T(
                            pl="brązowy – bioodpady, czyli odpady kuchenne i ogrodowe ulegające biodegradacji, zgodnie z regulaminem gminy;",
                            en="brown – bio-waste, that is biodegradable kitchen and garden waste, in line with the municipal regulations;",
                            es="marrón: biorresiduos, es decir, residuos biodegradables de cocina y de jardín, según el reglamento municipal;",
                        ),
                        T(
                            pl="pojemnik na odpady zmieszane (resztkowe) – to, czego nie da się przypisać do żadnej frakcji ani oddać w inny sposób.",
                            en="mixed (residual) waste container – whatever cannot be assigned to any fraction or disposed of in another way.",
                            es="contenedor de residuos mezclados (fracción resto): lo que no puede asignarse a ninguna fracción ni entregarse de otro modo.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Właściciel, który nie wypełnia obowiązku selektywnego zbierania, płaci podwyższoną opłatę, którą rada gminy ustala w wysokości od dwu- do czterokrotności stawki podstawowej. Nieprawidłowości w segregacji stwierdza zwykle firma odbierająca odpady, która je dokumentuje i informuje gminę. To kolejny przykład pracy, która wynika wprost z przepisów: ktoś musi kontrolować jakość segregacji, prowadzić dokumentację i edukować mieszkańców.",
                            en="An owner who fails to separate waste pays an increased charge, which the municipal council sets at between two and four times the standard rate. Sorting irregularities are usually identified by the waste collection company, which documents them and notifies the municipality. This is another example of work that follows directly from the law: someone has to check the quality of sorting, keep records and educate residents.",
                            es="El propietario que no cumple la obligación de separar los residuos paga una tasa incrementada, que el pleno municipal fija entre el doble y el cuádruple de la tarifa ordinaria. Las irregularidades en la separación suelen detectarlas las empresas de recogida, que las documentan e informan al municipio. Es otro ejemplo de trabajo que se deriva directamente de la ley: alguien tiene que controlar la calidad de la separación, llevar la documentación y educar a los vecinos.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Właścicielom domów jednorodzinnych, którzy kompostują bioodpady w przydomowym kompostowniku, przysługuje częściowe zwolnienie z opłaty; jego wysokość określa rada gminy w uchwale. To przykład, jak przepisy zachęcają do działań z najwyższych szczebli hierarchii – zagospodarowania odpadów na miejscu, bez transportu i przetwarzania w instalacji.",
                            en="Owners of single-family houses who compost bio-waste in a home composter are entitled to a partial exemption from the charge; its amount is set by the municipal council in a resolution. This shows how the law encourages action at the top of the hierarchy – dealing with waste on the spot, without transport or treatment in a facility.",
                            es="Los propietarios de viviendas unifamiliares que compostan los biorresiduos en un compostador doméstico tienen derecho a una exención parcial de la tasa, cuyo importe fija el pleno municipal mediante acuerdo. Es un ejemplo de cómo la ley fomenta las actuaciones de los niveles superiores de la jerarquía: tratar los residuos en el lugar, sin transporte ni tratamiento en una instalación.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Selektywne zbieranie odpadów",
                            en="Separate collection of waste",
                            es="Recogida separada de residuos",
                        ),
                        "definition": T(
                            pl="Zbieranie odpadów z podziałem na frakcje – w gospodarstwach domowych: papier, metale, tworzywa sztuczne, szkło i bioodpady, oddzielnie od odpadów zmieszanych – tak aby można je było przygotować do ponownego użycia lub poddać recyklingowi.",
                            en="Collecting waste divided into fractions – in households: paper, metals, plastics, glass and bio-waste, kept apart from mixed waste – so that it can be prepared for re-use or recycled.",
                            es="Recogida de los residuos divididos en fracciones —en los hogares: papel, metales, plásticos, vidrio y biorresiduos, separados de los residuos mezclados— para que puedan prepararse para la reutilización o reciclarse.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="PSZOK i inne strumienie odpadów",
                        en="The PSZOK and other waste streams",
                        es="El PSZOK y otros flujos de residuos",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Każda gmina musi zapewnić punkt selektywnego zbierania odpadów komunalnych (PSZOK) – samodzielnie lub wspólnie z inną gminą. Mieszkańcy oddają tam odpady, których nie odbiera się sprzed domu. Zakres przyjmowanych odpadów wynika z ustawy i regulaminu gminy; zwykle są to m.in.:",
                            en="Every municipality must provide a municipal separate-collection point (PSZOK), on its own or jointly with another municipality. Residents bring there the waste that is not collected from their homes. The types of waste accepted follow from the Act and the municipal regulations; they usually include:",
                            es="Todo municipio debe disponer de un punto de recogida separada de residuos municipales (PSZOK), por sí solo o junto con otro municipio. Allí los vecinos entregan los residuos que no se recogen en la puerta de casa. Los tipos de residuos admitidos se derivan de la ley y del reglamento municipal; normalmente incluyen:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="odpady niebezpieczne, np. resztki farb i chemikaliów, zużyte baterie i akumulatory, a także przeterminowane leki;",
                            en="hazardous waste, such as leftover paints and chemicals, spent batteries and accumulators, as well as out-of-date medicines;",
                            es="residuos peligrosos, como restos de pinturas y productos químicos, pilas y acumuladores usados, así como medicamentos caducados;",
                        ),
                        T(
                            pl="zużyty sprzęt elektryczny i elektroniczny;",
                            en="waste electrical and electronic equipment;",
                            es="aparatos eléctricos y electrónicos usados;",
                        ),
                        T(
                            pl="meble i inne odpady wielkogabarytowe oraz zużyte opony;",
                            en="furniture and other bulky waste, and used tyres;",
                            es="muebles y otros residuos voluminosos, y neumáticos usados;",
                        ),
                        T(
                            pl="odpady budowlane i rozbiórkowe z remontów prowadzonych samodzielnie przez mieszkańców;",
                            en="construction and demolition waste from renovation work carried out by residents themselves;",
                            es="residuos de construcción y demolición procedentes de obras de reforma realizadas por los propios vecinos;",
                        ),
                        T(
                            pl="tekstylia i odzież.",
                            en="textiles and clothing.",
                            es="textiles y ropa.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="PSZOK to miejsce pracy dla osób przyjmujących i ważących odpady, prowadzących ewidencję i doradzających mieszkańcom, jak postępować z nietypowymi odpadami. Przy niektórych PSZOK-ach działają też punkty ponownego użycia, w których rzeczy nadające się do dalszego używania – meble, książki, sprzęt – trafiają do nowych właścicieli zamiast do kontenera.",
                            en="A PSZOK provides jobs for people who receive and weigh waste, keep records and advise residents on how to deal with unusual waste. Some PSZOKs also run re-use points, where items still fit for use – furniture, books, equipment – go to new owners instead of into a skip.",
                            es="El PSZOK da trabajo a personas que reciben y pesan los residuos, llevan el registro y aconsejan a los vecinos sobre cómo tratar residuos poco habituales. Algunos PSZOK cuentan además con puntos de reutilización, donde los objetos que aún pueden usarse —muebles, libros, aparatos— pasan a nuevos dueños en lugar de acabar en un contenedor.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="PSZOK (punkt selektywnego zbierania odpadów komunalnych)",
                            en="PSZOK (municipal separate-collection point)",
                            es="PSZOK (punto municipal de recogida separada)",
                        ),
                        "definition": T(
                            pl="Miejsce zorganizowane przez gminę, w którym mieszkańcy oddają odpady nieodbierane sprzed domu, np. odpady niebezpieczne, zużyty sprzęt elektryczny i elektroniczny, meble, opony czy tekstylia.",
                            en="A site organised by the municipality where residents drop off waste that is not collected from their homes, such as hazardous waste, waste electrical and electronic equipment, furniture, tyres or textiles.",
                            es="Instalación organizada por el municipio en la que los vecinos entregan los residuos que no se recogen en la puerta de casa, como residuos peligrosos, aparatos eléctricos y electrónicos usados, muebles, neumáticos o textiles.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Co dzieje się z odpadami po odbiorze",
                        en="What happens to waste after collection",
                        es="Qué ocurre con los residuos después de la recogida",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Odebrane odpady trafiają do instalacji: sortowni odpadów zebranych selektywnie, instalacji mechaniczno-biologicznego przetwarzania odpadów zmieszanych, kompostowni i instalacji fermentacji bioodpadów, a w większych ośrodkach także do instalacji termicznego przekształcania odpadów. Z sortowni surowce wtórne – makulatura, szkło, metale i tworzywa sztuczne – są przekazywane recyklerom. Na składowisko powinny trafiać tylko pozostałości, których nie da się przetworzyć.",
                            en="Collected waste goes to treatment facilities: sorting plants for separately collected waste, mechanical-biological treatment plants for mixed waste, composting and anaerobic digestion plants for bio-waste and, in larger centres, waste incineration plants. From the sorting plants, secondary raw materials – waste paper, glass, metals and plastics – are passed on to recyclers. Only residues that cannot be processed should go to landfill.",
                            es="Los residuos recogidos se llevan a instalaciones de tratamiento: plantas de clasificación de residuos recogidos por separado, plantas de tratamiento mecánico-biológico de residuos mezclados, plantas de compostaje y de digestión anaerobia de biorresiduos y, en los núcleos más grandes, plantas de incineración de residuos. Desde las plantas de clasificación, las materias primas secundarias —papel y cartón recuperado, vidrio, metales y plásticos— se entregan a los recicladores. Al vertedero solo deberían ir los restos que no pueden tratarse.",
                        ),
                        T(
                            pl="Gminy są rozliczane z osiągania poziomów przygotowania do ponownego użycia i recyklingu odpadów komunalnych, które rosną z roku na rok zgodnie z celami unijnymi. Aby je osiągnąć, muszą poprawiać jakość segregacji, rozwijać PSZOK-i i prowadzić edukację ekologiczną. Dla rynku pracy oznacza to stały popyt na pracowników odbioru, sortowania i przetwarzania odpadów oraz na specjalistów w urzędach gmin.",
                            en="Municipalities are held accountable for reaching levels of preparing for re-use and recycling of municipal waste that rise year by year in line with EU targets. To reach them, they must improve the quality of sorting, develop their PSZOKs and run environmental education. For the labour market this means steady demand for workers in waste collection, sorting and treatment and for specialists in municipal offices.",
                            es="Los municipios deben rendir cuentas del cumplimiento de unos niveles de preparación para la reutilización y reciclado de residuos municipales que aumentan año tras año de acuerdo con los objetivos de la UE. Para alcanzarlos tienen que mejorar la calidad de la separación, desarrollar sus PSZOK y llevar a cabo educación ambiental. Para el mercado laboral, esto supone una demanda constante de trabajadores de recogida, clasificación y tratamiento de residuos y de especialistas en los ayuntamientos.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Jak wykorzystać tę wiedzę w pracy z klientem",
                        en="Using this knowledge with clients",
                        es="Cómo aplicar estos conocimientos con los clientes",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Rozmawiając z klientem zainteresowanym pracą w tej branży, warto pokazać mu cały łańcuch: od pracownika odbierającego odpady, przez kierowcę pojazdu specjalistycznego i pracownika PSZOK, po sortowacza, operatora maszyn i specjalistę ds. gospodarki odpadami w urzędzie gminy. Informacje o tym, kto w danej gminie odbiera odpady i dokąd je przekazuje, są jawne. Znajdziesz je w uchwałach i ogłoszeniach gminy oraz w corocznej analizie stanu gospodarki odpadami komunalnymi, którą gmina musi sporządzić i opublikować.",
                            en="When talking to a client interested in working in this sector, it is worth showing them the whole chain: from the waste collection operative, through the driver of a specialist vehicle and the PSZOK attendant, to the sorter, the machine operator and the waste management officer in the municipal office. Information on who collects waste in a given municipality and where it is taken is public. You will find it in the municipality’s resolutions and announcements and in the annual analysis of the state of municipal waste management, which every municipality must prepare and publish.",
                            es="Al hablar con un cliente interesado en trabajar en este sector, conviene mostrarle toda la cadena: desde el operario de recogida, pasando por el conductor de un vehículo especial y el empleado del PSZOK, hasta el clasificador, el operador de maquinaria y el técnico de gestión de residuos del ayuntamiento. La información sobre quién recoge los residuos en cada municipio y adónde los lleva es pública. Se encuentra en los acuerdos y anuncios municipales y en el análisis anual del estado de la gestión de los residuos municipales, que cada municipio debe elaborar y publicar.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": T(
                pl="rop-system-kaucyjny-i-bdo",
                en="epr-deposit-return-and-bdo",
                es="rap-sddr-y-bdo",
            ),
            "title": T(
                pl="Rozszerzona odpowiedzialność producenta, system kaucyjny i BDO",
                en="Extended producer responsibility, the deposit-return system and the BDO",
                es="Responsabilidad ampliada del productor, sistema de depósito y BDO",
            ),
            "summary": T(
                pl="Jak przepisy przenoszą koszty zagospodarowania odpadów na producentów, jak działa polski system kaucyjny i kto musi prowadzić ewidencję w BDO.",
                en="How the law shifts the cost of waste management onto producers, how the Polish deposit-return system works and who must keep records in the BDO.",
                es="Cómo la ley traslada a los productores el coste de la gestión de residuos, cómo funciona el sistema polaco de depósito y quién debe llevar el registro en la BDO.",
            ),
            "body": [
                (
                    "heading",
                    T(
                        pl="Zasada rozszerzonej odpowiedzialności producenta",
                        en="The principle of extended producer responsibility",
                        es="El principio de responsabilidad ampliada del productor",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Rozszerzona odpowiedzialność producenta (ROP) wynika z zasady „zanieczyszczający płaci”. Przedsiębiorca, który wprowadza produkt na rynek, współodpowiada za to, co stanie się z nim po zużyciu: finansuje zbieranie i przetwarzanie odpadów, musi osiągać wymagane poziomy odzysku i recyklingu oraz informować konsumentów. Ogólne wymagania dla systemów ROP określają art. 8 i 8a dyrektywy 2008/98/WE. W Polsce zasada ta jest zapisana w kilku ustawach sektorowych, m.in.:",
                            en="Extended producer responsibility (EPR) follows from the ‘polluter pays’ principle. A business that places a product on the market shares responsibility for what happens to it after use: it finances the collection and treatment of the waste, must reach the required recovery and recycling levels and must inform consumers. General requirements for EPR schemes are set out in Articles 8 and 8a of Directive 2008/98/EC. In Poland the principle is laid down in several sector-specific acts, including:",
                            es="La responsabilidad ampliada del productor (RAP) se deriva del principio de «quien contamina paga». La empresa que introduce un producto en el mercado comparte la responsabilidad de lo que ocurre con él tras su uso: financia la recogida y el tratamiento de los residuos, debe alcanzar los niveles exigidos de valorización y reciclado e informar a los consumidores. Los requisitos generales de los regímenes de RAP figuran en los artículos 8 y 8 bis de la Directiva 2008/98/CE. En Polonia el principio se recoge en varias leyes sectoriales, entre ellas:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="ustawa z dnia 13 czerwca 2013 r. o gospodarce opakowaniami i odpadami opakowaniowymi;",
                            en="the Act of 13 June 2013 on the management of packaging and packaging waste;",
                            es="la Ley de 13 de junio de 2013 sobre la gestión de envases y residuos de envases;",
                        ),
                        T(
                            pl="ustawa z dnia 11 września 2015 r. o zużytym sprzęcie elektrycznym i elektronicznym;",
                            en="the Act of 11 September 2015 on waste electrical and electronic equipment;",
                            es="la Ley de 11 de septiembre de 2015 sobre residuos de aparatos eléctricos y electrónicos;",
                        ),
                        T(
                            pl="ustawa z dnia 24 kwietnia 2009 r. o bateriach i akumulatorach – w tym obszarze bezpośrednio stosuje się też rozporządzenie (UE) 2023/1542 w sprawie baterii i zużytych baterii;",
                            en="the Act of 24 April 2009 on batteries and accumulators – in this area Regulation (EU) 2023/1542 concerning batteries and waste batteries also applies directly;",
                            es="la Ley de 24 de abril de 2009 sobre pilas y acumuladores; en este ámbito se aplica también directamente el Reglamento (UE) 2023/1542 relativo a las pilas y baterías y sus residuos;",
                        ),
                        T(
                            pl="ustawa z dnia 20 stycznia 2005 r. o recyklingu pojazdów wycofanych z eksploatacji;",
                            en="the Act of 20 January 2005 on the recycling of end-of-life vehicles;",
                            es="la Ley de 20 de enero de 2005 sobre el reciclado de vehículos al final de su vida útil;",
                        ),
                        T(
                            pl="ustawa z dnia 11 maja 2001 r. o obowiązkach przedsiębiorców w zakresie gospodarowania niektórymi odpadami oraz o opłacie produktowej (dotyczy m.in. opon i olejów).",
                            en="the Act of 11 May 2001 on the obligations of businesses in managing certain types of waste and on the product fee (covering, among other things, tyres and oils).",
                            es="la Ley de 11 de mayo de 2001 sobre las obligaciones de las empresas en la gestión de determinados residuos y sobre la tasa de producto (que abarca, entre otros, neumáticos y aceites).",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Przedsiębiorcy często wykonują te obowiązki za pośrednictwem organizacji odzysku, które zawierają umowy z firmami zbierającymi i przetwarzającymi odpady. Jeśli wymagane poziomy odzysku i recyklingu nie zostaną osiągnięte, przedsiębiorca wnosi opłatę produktową. Reforma ROP dla opakowań, której wymaga prawo unijne, była w Polsce długo przygotowywana, a rozporządzenie (UE) 2025/40 wprowadza kolejne zmiany – przed udzieleniem porady pracodawcy sprawdź aktualny stan przepisów.",
                            en="Businesses often fulfil these obligations through recovery organisations, which conclude contracts with companies that collect and treat waste. If the required recovery and recycling levels are not reached, the business pays a product fee. The reform of EPR for packaging required by EU law was a long time in preparation in Poland, and Regulation (EU) 2025/40 brings further changes – check the current state of the law before advising an employer.",
                            es="Las empresas suelen cumplir estas obligaciones a través de organizaciones de valorización, que celebran contratos con empresas de recogida y tratamiento de residuos. Si no se alcanzan los niveles exigidos de valorización y reciclado, la empresa paga una tasa de producto. La reforma de la RAP de envases que exige el Derecho de la UE se ha preparado durante largo tiempo en Polonia, y el Reglamento (UE) 2025/40 introduce nuevos cambios: comprueba la normativa vigente antes de asesorar a un empleador.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Rozszerzona odpowiedzialność producenta (ROP)",
                            en="Extended producer responsibility (EPR)",
                            es="Responsabilidad ampliada del productor (RAP)",
                        ),
                        "definition": T(
                            pl="Zasada, zgodnie z którą przedsiębiorca wprowadzający produkt do obrotu ponosi odpowiedzialność organizacyjną i finansową za ten produkt także wtedy, gdy stanie się on odpadem – np. finansuje jego zbieranie i recykling.",
                            en="The principle under which a business placing a product on the market bears organisational and financial responsibility for it even after it has become waste – for example by financing its collection and recycling.",
                            es="Principio según el cual la empresa que introduce un producto en el mercado asume la responsabilidad organizativa y financiera sobre él también cuando se convierte en residuo; por ejemplo, financia su recogida y reciclado.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="System kaucyjny w Polsce",
                        en="The deposit-return system in Poland",
                        es="El sistema de depósito, devolución y retorno en Polonia",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="System kaucyjny wprowadziła ustawa z dnia 13 lipca 2023 r. o zmianie ustawy o gospodarce opakowaniami i odpadami opakowaniowymi oraz niektórych innych ustaw, później nowelizowana. System działa od 1 października 2025 r. i obejmuje opakowania napojów:",
                            en="The deposit-return system was introduced by the Act of 13 July 2023 amending the Act on the management of packaging and packaging waste and certain other acts, which was later amended. The system has operated since 1 October 2025 and covers drinks containers:",
                            es="El sistema de depósito, devolución y retorno se introdujo mediante la Ley de 13 de julio de 2023 por la que se modifica la Ley sobre la gestión de envases y residuos de envases y otras leyes, modificada posteriormente. El sistema funciona desde el 1 de octubre de 2025 y abarca los envases de bebidas:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="jednorazowe butelki z tworzyw sztucznych o pojemności do 3 litrów – kaucja 50 groszy;",
                            en="single-use plastic bottles with a capacity of up to 3 litres – deposit of 50 groszy;",
                            es="botellas de plástico de un solo uso de hasta 3 litros: depósito de 50 groszy;",
                        ),
                        T(
                            pl="metalowe puszki o pojemności do 1 litra – kaucja 50 groszy;",
                            en="metal cans with a capacity of up to 1 litre – deposit of 50 groszy;",
                            es="latas metálicas de hasta 1 litro: depósito de 50 groszy;",
                        ),
                        T(
                            pl="szklane butelki wielokrotnego użytku o pojemności do 1,5 litra – kaucja 1 złoty.",
                            en="reusable glass bottles with a capacity of up to 1.5 litres – deposit of 1 zloty.",
                            es="botellas de vidrio reutilizables de hasta 1,5 litros: depósito de 1 esloti.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Kaucja jest doliczana do ceny napoju jako osobna pozycja na paragonie, a konsument odzyskuje ją po oddaniu opakowania – bez okazywania paragonu. Obowiązek przyjmowania opakowań mają co do zasady sklepy o powierzchni powyżej 200 m², a mniejsze sklepy mogą przystąpić do systemu dobrowolnie. Opakowania przyjmują automaty (tzw. recyklomaty) lub pracownicy w zbiórce ręcznej. Systemem zarządzają podmioty reprezentujące, które uzyskały zezwolenie i organizują odbiór, liczenie i przekazywanie opakowań do recyklingu. W pierwszych miesiącach obowiązywał okres przejściowy, w którym w sklepach były jeszcze opakowania bez oznaczenia kaucji.",
                            en="The deposit is added to the price of the drink as a separate item on the receipt, and consumers get it back when they return the container – without having to show a receipt. As a rule, shops with a floor area of over 200 m² must accept containers, while smaller shops may join the system voluntarily. Containers are taken back by reverse vending machines or by staff through manual collection. The system is run by authorised operators (podmioty reprezentujące), which organise the collection, counting and delivery of containers for recycling. During the first months there was a transitional period in which shops still sold containers without the deposit marking.",
                            es="El depósito se añade al precio de la bebida como concepto separado en el tique, y el consumidor lo recupera al devolver el envase, sin necesidad de presentar el tique. Por regla general, las tiendas de más de 200 m² están obligadas a aceptar envases, y las más pequeñas pueden adherirse voluntariamente. Los envases se recogen mediante máquinas de devolución o manualmente por el personal. El sistema lo gestionan entidades operadoras autorizadas (podmioty reprezentujące), que organizan la recogida, el recuento y la entrega de los envases para su reciclado. En los primeros meses hubo un periodo transitorio en el que en las tiendas aún había envases sin la marca del depósito.",
                        ),
                        T(
                            pl="System kaucyjny jest odpowiedzią m.in. na wymogi dyrektywy (UE) 2019/904 w sprawie zmniejszenia wpływu niektórych produktów z tworzyw sztucznych na środowisko, która nakazuje selektywne zbieranie 77% butelek z tworzyw sztucznych do 2025 r. i 90% do 2029 r. Rozporządzenie (UE) 2025/40 co do zasady wymaga, aby do 2029 r. wszystkie państwa członkowskie prowadziły systemy kaucyjne dla jednorazowych butelek z tworzyw sztucznych i metalowych pojemników na napoje, z możliwością zwolnienia dla państw osiągających wysoki poziom zbiórki.",
                            en="The deposit-return system responds, among other things, to the requirements of Directive (EU) 2019/904 on the reduction of the impact of certain plastic products on the environment, which requires separate collection of 77% of plastic bottles by 2025 and 90% by 2029. Regulation (EU) 2025/40 in principle requires all Member States to run deposit-return systems for single-use plastic bottles and metal beverage containers by 2029, with a possible exemption for countries that achieve high collection rates.",
                            es="El sistema de depósito responde, entre otras cosas, a los requisitos de la Directiva (UE) 2019/904 relativa a la reducción del impacto de determinados productos de plástico en el medio ambiente, que exige la recogida separada del 77 % de las botellas de plástico de aquí a 2025 y del 90 % de aquí a 2029. El Reglamento (UE) 2025/40 exige, en principio, que de aquí a 2029 todos los Estados miembros dispongan de sistemas de depósito para las botellas de plástico de un solo uso y los recipientes metálicos para bebidas, con una posible exención para los países que alcancen altos índices de recogida.",
                        ),
                        T(
                            pl="Z perspektywy rynku pracy system kaucyjny stworzył nowe zadania: obsługę i serwis automatów, zbiórkę ręczną w sklepach, logistykę odbioru opakowań, pracę w centrach liczenia i sortowania oraz obsługę rozliczeń i sprawozdawczości. Wiele z tych stanowisk nie wymaga wysokich kwalifikacji, ale wymaga rzetelności, podstaw obsługi urządzeń, a w logistyce – prawa jazdy lub uprawnień do obsługi wózków widłowych.",
                            en="From a labour-market perspective, the deposit-return system has created new tasks: operating and servicing reverse vending machines, manual collection in shops, logistics of container pick-up, work in counting and sorting centres, and handling settlements and reporting. Many of these jobs do not require high qualifications, but they do require reliability, basic equipment-handling skills and, in logistics, a driving licence or a forklift operator qualification.",
                            es="Desde la perspectiva del mercado laboral, el sistema de depósito ha creado nuevas tareas: manejo y mantenimiento de las máquinas de devolución, recogida manual en las tiendas, logística de retirada de envases, trabajo en centros de recuento y clasificación y gestión de liquidaciones e informes. Muchos de estos puestos no exigen una alta cualificación, pero sí fiabilidad, nociones básicas de manejo de equipos y, en logística, permiso de conducir o habilitación para carretillas elevadoras.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="System kaucyjny",
                            en="Deposit-return system",
                            es="Sistema de depósito, devolución y retorno (SDDR)",
                        ),
                        "definition": T(
                            pl="System, w którym do ceny napoju w objętym nim opakowaniu doliczana jest kaucja, zwracana po oddaniu pustego opakowania w punkcie zbiórki; w Polsce działa od 1 października 2025 r.",
                            en="A system in which a deposit is added to the price of a drink sold in covered packaging and refunded when the empty container is returned to a collection point; in Poland it has operated since 1 October 2025.",
                            es="Sistema en el que al precio de una bebida en un envase incluido se añade un depósito, que se devuelve al entregar el envase vacío en un punto de recogida; en Polonia funciona desde el 1 de octubre de 2025.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="BDO – baza danych o odpadach",
                        en="The BDO waste database",
                        es="La BDO, base de datos de residuos",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Bazę danych o produktach i opakowaniach oraz o gospodarce odpadami (BDO) utworzono na podstawie ustawy o odpadach. Składa się z rejestru podmiotów oraz modułów ewidencji i sprawozdawczości. Wpisu do rejestru dokonuje marszałek województwa – w naszym regionie Urząd Marszałkowski Województwa Podlaskiego – a podmiot otrzymuje numer rejestrowy, który umieszcza m.in. na fakturach i innych dokumentach związanych z działalnością objętą wpisem. Od 2020 r. wnioski i sprawozdania składa się elektronicznie przez BDO i w tym systemie prowadzi się ewidencję odpadów. Wpisu do rejestru wymagają m.in. podmioty, które:",
                            en="The Database on Products and Packaging and on Waste Management (BDO) was established under the Waste Act. It consists of a register of businesses and modules for record-keeping and reporting. Entries in the register are made by the regional marshal (marszałek województwa) – in our region, the Marshal’s Office of the Podlaskie Voivodeship – and the business receives a registration number, which it must show on invoices and other documents relating to the registered activity. Since 2020 applications and reports have been submitted electronically through the BDO, and waste records are kept in the system. Registration is required for businesses that, among other things:",
                            es="La Base de Datos sobre Productos y Envases y sobre Gestión de Residuos (BDO) se creó en virtud de la Ley de residuos. Consta de un registro de entidades y de módulos de registro documental e informes. La inscripción en el registro la realiza el mariscal del voivodato (marszałek województwa) —en nuestra región, la Oficina del Mariscal del Voivodato de Podlaquia—, y la entidad recibe un número de registro que debe figurar, entre otros, en las facturas y demás documentos relacionados con la actividad inscrita. Desde 2020 las solicitudes y los informes se presentan electrónicamente a través de la BDO, y el registro de residuos se lleva en este sistema. Deben inscribirse, entre otras, las entidades que:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="wytwarzają odpady i są obowiązane prowadzić ich ewidencję – przepisy przewidują wyjątki, np. rolnicy gospodarujący na powierzchni użytków rolnych nieprzekraczającej 75 ha są co do zasady zwolnieni z obowiązku ewidencji;",
                            en="produce waste and are required to keep waste records – the rules provide for exceptions; for example, farmers with no more than 75 ha of agricultural land are as a rule exempt from record-keeping;",
                            es="generan residuos y están obligadas a llevar su registro; la normativa prevé excepciones, por ejemplo, los agricultores que explotan una superficie agraria de hasta 75 ha están, por regla general, exentos de la obligación de registro;",
                        ),
                        T(
                            pl="zbierają, przetwarzają lub transportują odpady;",
                            en="collect, treat or transport waste;",
                            es="recogen, tratan o transportan residuos;",
                        ),
                        T(
                            pl="wprowadzają do obrotu produkty w opakowaniach, opakowania, sprzęt elektryczny i elektroniczny, baterie, opony, oleje lub pojazdy;",
                            en="place on the market packaged products, packaging, electrical and electronic equipment, batteries, tyres, oils or vehicles;",
                            es="introducen en el mercado productos envasados, envases, aparatos eléctricos y electrónicos, pilas y baterías, neumáticos, aceites o vehículos;",
                        ),
                        T(
                            pl="prowadzą recykling lub inne procesy odzysku odpadów.",
                            en="carry out recycling or other recovery of waste.",
                            es="realizan operaciones de reciclado u otros tipos de valorización de residuos.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Podstawowe dokumenty ewidencji to karta przekazania odpadów (KPO), wystawiana przy przekazaniu odpadów innemu podmiotowi, oraz karta ewidencji odpadów (KEO), prowadzona osobno dla każdego rodzaju odpadu. Roczne sprawozdanie o wytworzonych odpadach i o gospodarowaniu nimi składa się co do zasady do 15 marca za poprzedni rok. Za brak wpisu, nieprowadzenie ewidencji lub niezłożenie sprawozdania grożą administracyjne kary pieniężne.",
                            en="The basic record-keeping documents are the waste transfer note (KPO), issued whenever waste is handed over to another business, and the waste record card (KEO), kept separately for each type of waste. The annual report on waste generated and on its management is, as a rule, submitted by 15 March for the previous year. Failure to register, to keep records or to submit the report is subject to administrative fines.",
                            es="Los documentos básicos del registro son la ficha de entrega de residuos (KPO), que se emite cada vez que los residuos se entregan a otra entidad, y la ficha de registro de residuos (KEO), que se lleva por separado para cada tipo de residuo. El informe anual sobre los residuos generados y su gestión se presenta, por regla general, antes del 15 de marzo del año siguiente. La falta de inscripción, de registro o de presentación del informe se sanciona con multas administrativas.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="BDO",
                            en="BDO (Polish waste database)",
                            es="BDO (base de datos polaca de residuos)",
                        ),
                        "definition": T(
                            pl="Baza danych o produktach i opakowaniach oraz o gospodarce odpadami – elektroniczny system utworzony na podstawie ustawy o odpadach, obejmujący rejestr podmiotów oraz ewidencję i sprawozdawczość odpadową.",
                            en="The Database on Products and Packaging and on Waste Management – an electronic system established under the Waste Act, comprising a register of businesses together with waste record-keeping and reporting.",
                            es="Base de Datos sobre Productos y Envases y sobre Gestión de Residuos: sistema electrónico creado en virtud de la Ley de residuos que comprende un registro de entidades, así como el registro documental de residuos y la presentación de informes.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="BDO jako źródło miejsc pracy",
                        en="The BDO as a source of jobs",
                        es="La BDO como fuente de empleo",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Obowiązki w BDO dotyczą bardzo wielu firm – od warsztatów samochodowych i gabinetów stomatologicznych po duże zakłady przemysłowe i sklepy internetowe. Wiele z nich zleca prowadzenie ewidencji firmom doradczym albo zatrudnia specjalistów ds. ochrony środowiska. Dla klienta z wykształceniem administracyjnym, ekonomicznym lub technicznym i dobrą znajomością obsługi komputera może to być realna droga do zielonej gospodarki. Zaczyna się zwykle od prostszych zadań, takich jak wystawianie KPO i prowadzenie KEO, a po szkoleniach z prawa ochrony środowiska przechodzi się do sporządzania sprawozdań, wniosków o zezwolenia i doradztwa.",
                            en="BDO obligations apply to a great many businesses – from car repair workshops and dental surgeries to large industrial plants and online shops. Many of them outsource record-keeping to consultancies or employ environmental specialists. For a client with an administrative, economic or technical background and good computer skills, this can be a realistic route into the green economy. People usually start with simpler tasks, such as issuing KPOs and keeping KEOs, and after training in environmental law they move on to preparing reports and permit applications and to advisory work.",
                            es="Las obligaciones de la BDO afectan a muchísimas empresas: desde talleres mecánicos y clínicas dentales hasta grandes plantas industriales y tiendas en línea. Muchas de ellas externalizan el registro a consultoras o contratan a especialistas en medio ambiente. Para un cliente con formación administrativa, económica o técnica y buen manejo del ordenador, puede ser una vía realista de entrada en la economía verde. Normalmente se empieza por tareas más sencillas, como emitir fichas KPO y llevar las KEO, y tras formarse en Derecho ambiental se pasa a elaborar informes y solicitudes de autorización y a asesorar.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": T(
                pl="zielone-zawody-w-sektorze-odpadow",
                en="green-jobs-in-the-waste-sector",
                es="empleos-verdes-en-el-sector-de-residuos",
            ),
            "title": T(
                pl="Zielone zawody w sektorze odpadów – praca z klientem",
                en="Green jobs in the waste sector – working with clients",
                es="Empleos verdes en el sector de los residuos: el trabajo con el cliente",
            ),
            "summary": T(
                pl="Jakie stanowiska oferuje branża odpadowa i recyklingowa, jakich kwalifikacji wymagają, kto zatrudnia w województwie podlaskim i jak zaplanować z klientem ścieżkę rozwoju.",
                en="Which jobs the waste and recycling sector offers, what qualifications they require, who hires in the Podlaskie region and how to plan a career path with a client.",
                es="Qué puestos ofrece el sector de los residuos y el reciclaje, qué cualificaciones exigen, quién contrata en Podlaquia y cómo planificar con el cliente su itinerario profesional.",
            ),
            "body": [
                (
                    "heading",
                    T(
                        pl="Mapa zawodów w gospodarce odpadami",
                        en="A map of occupations in waste management",
                        es="Mapa de ocupaciones en la gestión de residuos",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Sektor odpadów łączy prace fizyczne, techniczne i biurowe. Dzięki temu może zaoferować zatrudnienie osobom o bardzo różnych kwalifikacjach – od osób bez doświadczenia zawodowego po inżynierów i specjalistów od prawa ochrony środowiska. Najczęściej spotykane stanowiska to:",
                            en="The waste sector combines manual, technical and office work. As a result it can offer employment to people with very different qualifications – from those with no work experience to engineers and specialists in environmental law. The most common jobs are:",
                            es="El sector de los residuos combina trabajo manual, técnico y de oficina. Gracias a ello puede ofrecer empleo a personas con cualificaciones muy distintas: desde quienes no tienen experiencia laboral hasta ingenieros y especialistas en Derecho ambiental. Los puestos más habituales son:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="pracownik odbioru odpadów (ładowacz) i kierowca pojazdu do odbioru odpadów – kierowca potrzebuje prawa jazdy kategorii C oraz kwalifikacji wstępnej kierowcy zawodowego;",
                            en="waste collection operative (loader) and refuse collection vehicle driver – the driver needs a category C driving licence and the initial qualification for professional drivers;",
                            es="operario de recogida de residuos (cargador) y conductor de camión de recogida; el conductor necesita permiso de conducir de la categoría C y la cualificación inicial de conductor profesional;",
                        ),
                        T(
                            pl="sortowacz surowców wtórnych – ręczne doczyszczanie strumieni odpadów na taśmie sortowniczej i kontrola jakości surowców;",
                            en="sorter of recyclables – manually cleaning up waste streams on the sorting line and checking the quality of materials;",
                            es="clasificador de materiales reciclables: depuración manual de los flujos de residuos en la cinta de triaje y control de la calidad de los materiales;",
                        ),
                        T(
                            pl="operator wózka jezdniowego podnośnikowego (wózka widłowego) – przemieszczanie bel surowców i pojemników; obsługa takiego wózka wymaga zaświadczenia kwalifikacyjnego wydawanego przez Urząd Dozoru Technicznego (UDT) po egzaminie;",
                            en="forklift truck operator – moving bales of materials and containers; operating a forklift requires a certificate of qualification issued by the Office of Technical Inspection (UDT) after an examination;",
                            es="operador de carretilla elevadora: traslado de balas de materiales y contenedores; manejar una carretilla exige un certificado de cualificación expedido por la Oficina de Inspección Técnica (UDT) tras un examen;",
                        ),
                        T(
                            pl="operator maszyn i urządzeń w sortowni, kompostowni lub instalacji przetwarzania odpadów oraz mechanik utrzymania ruchu;",
                            en="machine and equipment operator in a sorting plant, composting facility or waste treatment plant, and maintenance mechanic;",
                            es="operador de máquinas y equipos en una planta de clasificación, de compostaje o de tratamiento de residuos, y mecánico de mantenimiento;",
                        ),
                        T(
                            pl="pracownik PSZOK i punktu ponownego użycia oraz pracownik obsługi systemu kaucyjnego (automaty, zbiórka ręczna, logistyka);",
                            en="PSZOK and re-use point attendant, and deposit-return system staff (machines, manual collection, logistics);",
                            es="empleado de PSZOK y de punto de reutilización, y personal del sistema de depósito (máquinas, recogida manual, logística);",
                        ),
                        T(
                            pl="pracownik stacji demontażu pojazdów lub zakładu przetwarzania zużytego sprzętu elektrycznego i elektronicznego;",
                            en="worker at a vehicle dismantling station or a waste electrical and electronic equipment treatment plant;",
                            es="trabajador de un centro de desguace de vehículos o de una planta de tratamiento de aparatos eléctricos y electrónicos usados;",
                        ),
                        T(
                            pl="specjalista ds. gospodarki odpadami i BDO, specjalista ds. ochrony środowiska, edukator ekologiczny, pracownik referatu gospodarki odpadami w urzędzie gminy.",
                            en="waste management and BDO specialist, environmental specialist, environmental educator, officer in the waste management unit of a municipal office.",
                            es="especialista en gestión de residuos y BDO, especialista en medio ambiente, educador ambiental, técnico de la sección de residuos de un ayuntamiento.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Stanowiska specjalistyczne i kierownicze wymagają zwykle wykształcenia kierunkowego. W szkolnictwie zawodowym przydatny jest m.in. zawód technik ochrony środowiska, a na studiach – kierunki takie jak ochrona środowiska czy inżynieria środowiska. Kierownikiem składowiska odpadów, spalarni lub współspalarni odpadów może być wyłącznie osoba posiadająca świadectwo stwierdzające kwalifikacje w zakresie gospodarowania odpadami, które wydaje marszałek województwa po zdanym egzaminie.",
                            en="Specialist and managerial posts usually require relevant education. In vocational education the occupation of environmental protection technician (technik ochrony środowiska) is useful, and at university level degrees such as environmental protection or environmental engineering. Only a person holding a certificate of qualification in waste management, issued by the regional marshal after a successful examination, may manage a landfill, a waste incineration plant or a co-incineration plant.",
                            es="Los puestos especializados y directivos suelen exigir formación específica. En la formación profesional resulta útil, entre otras, la titulación de técnico de protección del medio ambiente (technik ochrony środowiska) y, en la universidad, estudios como protección del medio ambiente o ingeniería ambiental. Solo puede dirigir un vertedero, una planta de incineración o de coincineración de residuos quien posea el certificado de cualificación en gestión de residuos, expedido por el mariscal del voivodato tras superar un examen.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Sortowacz surowców wtórnych – przykład z projektu",
                        en="Sorter of recyclables – an example from the project",
                        es="Clasificador de materiales reciclables: un ejemplo del proyecto",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="W projekcie „Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy”, realizowanym przez Wojewódzki Urząd Pracy w Białymstoku w latach 2011–2013, jednym ze szkoleń specjalistycznych był kurs „Sortowacz surowców wtórnych z modułem wózka widłowego”. Takie połączenie jest dobrym wzorem także dziś: praca przy taśmie sortowniczej to stanowisko wejściowe, a uprawnienia do obsługi wózka widłowego zwiększają szanse na zatrudnienie i otwierają drogę do pracy w magazynie lub na placu surowców.",
                            en="In the project ‘Partnership for the development and promotion of green jobs’, run by the Regional Labour Office in Białystok in 2011–2013, one of the specialist training courses was ‘Sorter of recyclables with a forklift module’. This combination is still a good model today: work on the sorting line is an entry-level job, while a forklift qualification improves employability and opens the way to work in a warehouse or a materials yard.",
                            es="En el proyecto «Partenariado para el desarrollo y la promoción de los empleos verdes», ejecutado por la Oficina Regional de Empleo de Białystok entre 2011 y 2013, una de las formaciones especializadas fue el curso «Clasificador de materiales reciclables con módulo de carretilla elevadora». Esta combinación sigue siendo un buen modelo: el trabajo en la cinta de triaje es un puesto de entrada, y la habilitación para carretillas elevadoras mejora la empleabilidad y abre la puerta al trabajo en un almacén o en un patio de materiales.",
                        ),
                        T(
                            pl="Sortowacz wybiera z taśmy frakcje, które maszyny rozdzielają niedokładnie, i usuwa zanieczyszczenia, tak aby surowiec spełniał wymagania odbiorcy. Praca wymaga dobrej kondycji, spostrzegawczości i przestrzegania zasad bezpieczeństwa, bo odbywa się w hałasie, pyle i przy ruchomych maszynach, często w systemie zmianowym. Pracodawca zapewnia środki ochrony indywidualnej i kieruje na badania lekarskie. Warto rzetelnie przedstawić klientowi te warunki, a jednocześnie pokazać możliwości awansu: na operatora maszyn, brygadzistę zmiany, kontrolera jakości czy magazyniera.",
                            en="A sorter picks out from the conveyor the fractions that machines separate imperfectly and removes contaminants so that the material meets the buyer’s requirements. The work requires good physical fitness, attentiveness and compliance with safety rules, because it takes place amid noise, dust and moving machinery, often in shifts. The employer provides personal protective equipment and arranges medical examinations. It is worth presenting these conditions to the client honestly, while also showing the opportunities for promotion: to machine operator, shift supervisor, quality controller or warehouse worker.",
                            es="El clasificador retira de la cinta las fracciones que las máquinas separan de forma imperfecta y elimina los impropios para que el material cumpla los requisitos del comprador. El trabajo exige buena forma física, capacidad de observación y respeto de las normas de seguridad, porque se realiza con ruido, polvo y maquinaria en movimiento, a menudo a turnos. El empleador proporciona equipos de protección individual y organiza los reconocimientos médicos. Conviene presentar estas condiciones al cliente con honestidad y mostrarle a la vez las posibilidades de ascenso: a operador de maquinaria, jefe de turno, controlador de calidad o mozo de almacén.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Surowce wtórne",
                            en="Secondary raw materials",
                            es="Materias primas secundarias",
                        ),
                        "definition": T(
                            pl="Materiały odzyskane z odpadów – np. makulatura, szkło, metale i tworzywa sztuczne – które po przygotowaniu (sortowaniu, oczyszczeniu, rozdrobnieniu) zastępują w produkcji surowce pierwotne.",
                            en="Materials recovered from waste – such as waste paper, glass, metals and plastics – which, once prepared (sorted, cleaned, shredded), replace primary raw materials in production.",
                            es="Materiales recuperados de los residuos —por ejemplo, papel y cartón recuperado, vidrio, metales y plásticos— que, una vez preparados (clasificados, limpiados, triturados), sustituyen a las materias primas primarias en la producción.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Naprawa, ponowne użycie i tekstylia – nisze z przyszłością",
                        en="Repair, re-use and textiles – niches with a future",
                        es="Reparación, reutilización y textiles: nichos con futuro",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Najwyższe szczeble hierarchii postępowania z odpadami dają szansę osobom o zdolnościach manualnych i technicznych. Serwisanci sprzętu AGD i elektroniki, tapicerzy, krawcy czy stolarze odnawiający meble znajdują pracę w punktach napraw, sklepach z rzeczami używanymi i przedsiębiorstwach społecznych. Rosnącym rynkiem są tekstylia: dyrektywa (UE) 2025/1892 z dnia 10 września 2025 r. zmieniająca dyrektywę 2008/98/WE zobowiązuje państwa członkowskie do wprowadzenia rozszerzonej odpowiedzialności producenta dla tekstyliów i obuwia (co do zasady do kwietnia 2028 r.) i ustanawia cele ograniczenia marnowania żywności do 2030 r. Zbieranie, sortowanie i przygotowywanie odzieży do ponownego użycia będzie więc wymagać coraz większej liczby pracowników – sprawdzaj, jak te przepisy zostaną wdrożone w Polsce.",
                            en="The top steps of the waste hierarchy offer opportunities to people with manual and technical skills. Technicians who repair household appliances and electronics, upholsterers, tailors and joiners restoring furniture find work in repair centres, second-hand shops and social enterprises. Textiles are a growing market: Directive (EU) 2025/1892 of 10 September 2025 amending Directive 2008/98/EC requires Member States to introduce extended producer responsibility for textiles and footwear (as a rule by April 2028) and sets food waste reduction targets for 2030. Collecting, sorting and preparing clothing for re-use will therefore need more and more workers – check how these rules are transposed in Poland.",
                            es="Los niveles superiores de la jerarquía de residuos ofrecen oportunidades a personas con habilidades manuales y técnicas. Técnicos en reparación de electrodomésticos y electrónica, tapiceros, sastres o carpinteros que restauran muebles encuentran trabajo en centros de reparación, tiendas de segunda mano y empresas sociales. Los textiles son un mercado en crecimiento: la Directiva (UE) 2025/1892, de 10 de septiembre de 2025, por la que se modifica la Directiva 2008/98/CE, obliga a los Estados miembros a implantar la responsabilidad ampliada del productor para los textiles y el calzado (por regla general, a más tardar en abril de 2028) y fija objetivos de reducción del desperdicio alimentario para 2030. La recogida, la clasificación y la preparación de ropa para su reutilización necesitarán, por tanto, cada vez más trabajadores: comprueba cómo se transponen estas normas en Polonia.",
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
                    "text",
                    [
                        T(
                            pl="Pracodawców sektora odpadów w regionie można podzielić na kilka grup. Warto je znać, aby kierować klientów we właściwe miejsca i budować współpracę z pracodawcami:",
                            en="Employers in the waste sector in the region fall into several groups. It is worth knowing them in order to direct clients to the right places and to build cooperation with employers:",
                            es="Los empleadores del sector de los residuos en la región pueden dividirse en varios grupos. Conviene conocerlos para orientar a los clientes hacia los lugares adecuados y colaborar con los empleadores:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="przedsiębiorstwa komunalne – spółki gminne i miejskie oraz prywatne firmy odbierające odpady od mieszkańców i przedsiębiorców;",
                            en="municipal service companies – companies owned by municipalities and towns, and private firms collecting waste from residents and businesses;",
                            es="empresas de servicios municipales: sociedades de titularidad municipal y empresas privadas que recogen residuos de vecinos y empresas;",
                        ),
                        T(
                            pl="instalacje komunalne: sortownie, instalacje mechaniczno-biologicznego przetwarzania, kompostownie, a w Białymstoku także instalacja termicznego przekształcania odpadów;",
                            en="municipal waste facilities: sorting plants, mechanical-biological treatment plants, composting facilities and, in Białystok, also a waste incineration plant;",
                            es="instalaciones municipales de residuos: plantas de clasificación, plantas de tratamiento mecánico-biológico, plantas de compostaje y, en Białystok, también una planta de incineración de residuos;",
                        ),
                        T(
                            pl="punkty skupu złomu i surowców wtórnych oraz recyklerzy tworzyw sztucznych, papieru i metali;",
                            en="scrap and recyclables buying points, and recyclers of plastics, paper and metals;",
                            es="centros de compra de chatarra y materiales reciclables, y recicladores de plásticos, papel y metales;",
                        ),
                        T(
                            pl="stacje demontażu pojazdów i zakłady przetwarzania zużytego sprzętu elektrycznego i elektronicznego;",
                            en="vehicle dismantling stations and waste electrical and electronic equipment treatment plants;",
                            es="centros de desguace de vehículos y plantas de tratamiento de aparatos eléctricos y electrónicos usados;",
                        ),
                        T(
                            pl="sieci handlowe i operatorzy systemu kaucyjnego – obsługa automatów, zbiórka i logistyka;",
                            en="retail chains and deposit-return system operators – machine servicing, collection and logistics;",
                            es="cadenas comerciales y operadores del sistema de depósito: mantenimiento de máquinas, recogida y logística;",
                        ),
                        T(
                            pl="firmy doradcze w zakresie ochrony środowiska oraz działy ochrony środowiska w zakładach przemysłowych, np. spożywczych, drzewnych i meblarskich;",
                            en="environmental consultancies and environmental departments of industrial plants, for example in the food, wood and furniture industries;",
                            es="consultoras ambientales y departamentos de medio ambiente de plantas industriales, por ejemplo de los sectores alimentario, de la madera y del mueble;",
                        ),
                        T(
                            pl="administracja publiczna: urzędy gmin i związki międzygminne, Urząd Marszałkowski Województwa Podlaskiego (m.in. rejestr BDO) oraz Wojewódzki Inspektorat Ochrony Środowiska w Białymstoku.",
                            en="public administration: municipal offices and inter-municipal associations, the Marshal’s Office of the Podlaskie Voivodeship (including the BDO register) and the Regional Inspectorate for Environmental Protection in Białystok.",
                            es="administración pública: ayuntamientos y mancomunidades, la Oficina del Mariscal del Voivodato de Podlaquia (entre otras cosas, el registro BDO) y la Inspección Regional de Protección del Medio Ambiente de Białystok.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Aktualne potrzeby kadrowe tych pracodawców najlepiej poznawać w bezpośrednich kontaktach, w ofertach pracy zgłaszanych do urzędów pracy oraz w badaniu „Barometr zawodów”, które co roku prognozuje zapotrzebowanie na zawody w poszczególnych powiatach.",
                            en="The current staffing needs of these employers are best identified through direct contact, job vacancies notified to labour offices and the ‘Barometr zawodów’ (occupational barometer) survey, which each year forecasts demand for occupations in individual districts.",
                            es="Las necesidades actuales de personal de estos empleadores se conocen mejor mediante el contacto directo, las ofertas de empleo comunicadas a las oficinas de empleo y el estudio «Barometr zawodów» (barómetro de ocupaciones), que cada año prevé la demanda de ocupaciones en cada distrito.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Jak zaplanować z klientem ścieżkę rozwoju",
                        en="Planning a career path with a client",
                        es="Cómo planificar con el cliente su itinerario profesional",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Ustawa z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia, obowiązująca od 1 czerwca 2025 r., daje urzędom pracy instrumenty, które ułatwiają wejście do branży odpadowej. Dobór formy wsparcia zależy od sytuacji klienta i zasad przyjętych przez urząd, ale w praktyce warto rozważyć:",
                            en="The Act of 20 March 2025 on the labour market and employment services, in force since 1 June 2025, gives labour offices instruments that make it easier to enter the waste sector. The choice of support depends on the client’s situation and on the rules adopted by the office, but in practice it is worth considering:",
                            es="La Ley de 20 de marzo de 2025 sobre el mercado laboral y los servicios de empleo, vigente desde el 1 de junio de 2025, ofrece a las oficinas de empleo instrumentos que facilitan la entrada en el sector de los residuos. La elección del apoyo depende de la situación del cliente y de las normas de cada oficina, pero en la práctica conviene considerar:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="szkolenia i egzaminy prowadzące do uprawnień, np. operatora wózka widłowego (egzamin przed UDT) lub prawa jazdy kategorii C z kwalifikacją wstępną;",
                            en="training and examinations leading to qualifications, such as forklift operator (UDT examination) or a category C driving licence with the initial qualification;",
                            es="formación y exámenes que conducen a habilitaciones, como la de operador de carretilla elevadora (examen ante la UDT) o el permiso de la categoría C con la cualificación inicial;",
                        ),
                        T(
                            pl="staż u pracodawcy z branży, który pozwala poznać pracę w sortowni, PSZOK czy firmie odbierającej odpady;",
                            en="a traineeship with an employer in the sector, giving first-hand experience of work in a sorting plant, a PSZOK or a waste collection company;",
                            es="unas prácticas con un empleador del sector, que permiten conocer el trabajo en una planta de clasificación, un PSZOK o una empresa de recogida;",
                        ),
                        T(
                            pl="środki Krajowego Funduszu Szkoleniowego dla pracodawców, którzy chcą podnieść kwalifikacje swoich pracowników, np. w zakresie BDO lub obsługi maszyn;",
                            en="National Training Fund (KFS) resources for employers who want to upskill their staff, for example in BDO procedures or machine operation;",
                            es="recursos del Fondo Nacional de Formación (KFS) para empleadores que quieren mejorar la cualificación de su plantilla, por ejemplo en la BDO o en el manejo de maquinaria;",
                        ),
                        T(
                            pl="wsparcie na podjęcie działalności gospodarczej – np. punktu napraw sprzętu, usług porządkowych lub sprzedaży rzeczy używanych.",
                            en="support for starting a business – for example an equipment repair shop, cleaning services or the sale of second-hand goods.",
                            es="apoyo para iniciar una actividad empresarial, por ejemplo un taller de reparación de aparatos, servicios de limpieza o la venta de artículos de segunda mano.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Rozmowę z klientem dobrze jest zacząć od jego doświadczeń i ograniczeń: czy może pracować fizycznie i na zmiany, czy ma prawo jazdy, czy lepiej odnajduje się w pracy technicznej, czy biurowej. Osobie z doświadczeniem magazynowym można zaproponować pracę na placu surowców, zawodowemu kierowcy – przejście do firmy odbierającej odpady, a osobie z wykształceniem administracyjnym – ścieżkę specjalisty ds. BDO. Warto też podkreślać, że praca przy odbiorze i przetwarzaniu odpadów trwa przez cały rok, bo odpady powstają nieprzerwanie.",
                            en="It is a good idea to start the conversation with the client’s experience and limitations: can they do physical work and shift work, do they hold a driving licence, are they more at home in technical or office work? A person with warehouse experience can be offered work in a materials yard, a professional driver a move to a waste collection company, and someone with an administrative background the path of a BDO specialist. It is also worth stressing that work in waste collection and treatment continues all year round, because waste is generated continuously.",
                            es="Conviene empezar la conversación por la experiencia y las limitaciones del cliente: si puede realizar trabajo físico y a turnos, si tiene permiso de conducir, si se siente más cómodo en tareas técnicas o de oficina. A una persona con experiencia en almacén se le puede proponer trabajar en un patio de materiales; a un conductor profesional, pasar a una empresa de recogida; y a alguien con formación administrativa, el itinerario de especialista en BDO. También merece la pena subrayar que el trabajo de recogida y tratamiento de residuos se mantiene todo el año, porque los residuos se generan de forma continua.",
                        ),
                    ],
                ),
            ],
        },
    ],
    "quiz": {
        "title": T(
            pl="Sprawdź się: gospodarowanie odpadami",
            en="Test yourself: waste management",
            es="Ponte a prueba: gestión de residuos",
        ),
        "intro": T(
            pl="Quiz obejmuje treść czterech lekcji kursu. Aby go zaliczyć, potrzebujesz co najmniej 70% poprawnych odpowiedzi. Po każdej odpowiedzi zobaczysz wyjaśnienie.",
            en="The quiz covers the content of the course’s four lessons. To pass, you need at least 70% correct answers. You will see an explanation after each answer.",
            es="El cuestionario abarca el contenido de las cuatro lecciones del curso. Para aprobarlo necesitas al menos un 70 % de respuestas correctas. Después de cada respuesta verás una explicación.",
        ),
    },
}
