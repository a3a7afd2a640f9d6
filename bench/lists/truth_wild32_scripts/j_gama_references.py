"""Wild32 truth for gama-platform/gama-platform.github.io website/versioned_docs/version-2025-06/References.md:
the "Scientific References" page of the GAMA agent-based modelling platform's documentation (the
former GitHub wiki page ``wiki/References.md``, now a versioned docs page): papers about GAMA, HDR,
PhD and master theses, and research papers that used GAMA, by year.

Shape: one bullet per work.  Papers (line 12, lines 25-35, 90-385) are bullets whose whole free-form
citation is the link text: ``* [Authors (Year). Title. Venue ...](url)`` in APA, Harvard
(``Authors, 2020. Title. Venue``), ``Authors (2010), Title, in 'venue'`` or Chicago
(``Authors. "Title." Venue (2014).``) style, some with the title in quotes (25, 27, 80-84), some
with no year at all (lines 92, 116, 132, 158, 169, 213, 300).  Theses (lines 39-74) are ``* **Name**, ["Title"](url), University, defended ...``.
Master theses (lines 78-84) are citations in the link text again; line 78's link text runs on to
line 79 (the only two-line entry).  Every bullet outside the table of contents (lines 15-20, links to
``#anchors``) is an entry, including book chapters (lines 142, 241, 291, 341, 342) and the GAMA
reference the page asks users to cite (line 12: a bullet record, not boilerplate BibTeX).  The same
paper listed twice (lines 162/182, 224/231, 308/315, 164/226 and 232/254 in two spellings) gives two entries.

Title: the title inside the citation: after the authors and year up to the full stop (or ``, in`` /
``In``) before the venue; quotation marks and guillemets around it are dropped.  Special cases,
set by hand in TITLES: titles that themselves contain a full stop or a question mark (134, 230,
243, 259, 261, 282, 295, 297, 316, 325, 350, 291), citations without a year (92, 116, 132, 158, 169,
213, 300), the Chicago-style line 28, lines 30, 220 and 352 (venue after a comma), line 241 (title in guillemets), and citations whose link text
carries debris around the title, which is dropped: the Springer "Check for updates" stamp (119),
page counts or a page number glued on (269 "(Extended Abstract) 3", 283 "15 pages", 296 " 5"),
the chapter number "Chapitre 8" (116) and "(chap. 11)" (291), the stray closing quote (361).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "gama-platform__gama-platform.github.io__website__versioned_docs__version-2025-06__References@1ffc8aa.md"
PART = "wild32_development"

YEAR = [
    re.compile(r"\((?:\d{4}[a-z]?\.?)(?:, [A-Z][a-z]+)?\)[.,]?\s+"),  # APA "(2023)." "(2023, July)." "(2012),"
    re.compile(r",\s*\d{4}[a-z]?(?:, [A-Z][a-z]+)?[.,]\s+"),  # Harvard ", 2020." ", 2020, November." ", 2018a."
]
END = re.compile(r"(?:\.\s+|\.$|,\s*in[\s:]|, Paper to appear|\.(?=In\b)|\s+In:?\s)")

TITLES = {
    28: "Des données géographiques à la simulation à base d’agents: application de la plate-forme GAMA",
    30: "Online analysis and visualization of agent based models",
    78: "Multi-agent spatiotemporal simulation of autonomous vehicle fleet operation",
    92: "Multifunctional lightweight autonomous vehicles: an agent-based study",
    116: "Surtourisme, sur-fréquentation et hyper-concentration des touristes: enseignements et perspectives pour la Corse",
    119: "Modelling and Multi-agent Simulation of Urban Road Network",
    132: "A local Agent-Based Model of COVID-19 spreading and interventions",
    134: "Dealing with mixed and non-normative traffic. An agent-based simulation with the GAMA platform",
    158: "Urban growth models and calibration methods: a case study of Athens, Greece",
    169: "Vulnerability to Natural Disasters: Protection Behaviors and Evacuation Management in Case of Rapid Flooding",
    213: "Designing social simulation to (seriously) support decision-making: COMOKIT, an agent-based modelling"
    " toolkit to analyse and compare the impacts of public health interventions against COVID-19",
    220: "COVID-19 Intervention Scenarios for a Long-term Disease Management",
    230: "Where to rewild? A conceptual framework to spatially optimize ecological function",
    241: "Model Visualization",
    243: "The VitiTerroir model to simulate the spatial dynamics of vineyards on the long term (1836-2014)."
    " Example of application in the department of Indre-et-Loire",
    259: "Cityscope: a data-driven interactive simulation tool for urban design. Use case Volpe",
    261: "Using Gama platform and Urban Atlas Data to predict urban growth. The case of Athens",
    269: "Real-time Machine Learning Prediction of an Agent-Based Model for Urban Decision-making",
    282: "Le modèle VitiTerroir pour simuler la dynamique spatiale des vignobles sur le temps long (1836-2014)."
    " Exemple d’application au département d’Indre-et-Loire",
    283: "Early Detection of Herding Behaviour during Emergency Evacuations",
    291: "Transition 8: 800-1100. Fixation, polarisation et hiérarchisation de l'habitat rural en Europe du Nord-Ouest",
    295: "Sensibiliser au risque de submersion marine par le jeu ou faut-il qu’un jeu soit spatialement réaliste"
    " pour être efficace ?",
    296: "MARRAKAIR : UNE SIMULATION PARTICIPATIVE POUR OBSERVER LES ÉMISSIONS ATMOSPHÉRIQUES DU TRA- FIC"
    " ROUTIER EN MILIEU URBAIN",
    297: "La Qualité de l’air en ville à Très haute Résolution (Quali_ThR): Apport des images Pléiades dans la"
    " démarche SCAUP ?",
    300: "Using parallel computing to improve the scalability of models with BDI agents",
    316: "Exploring Agent Architectures for Farmer Behavior in Land-Use Change. A Case Study in Coastal Area of"
    " the Vietnamese Mekong Delta",
    325: "Hybrid of linear programming and genetic algorithm for optimizing agent-based simulation. Application"
    " to optimization of sign placement for tsunami evacuation",
    350: "A new BDI agent architecture based on the belief theory. Application to the modelling of cropping plan"
    " decision-making",
    352: "Un modèle à base d’agents sur la transmission et la diffusion de la fièvre de la Vallée du Rift à"
    " Barkédji (Ferlo, Sénégal)",
    361: "Using the PROMETHEE Multi-Criteria Decision Making Method to Define New Exploration Strategies for Rescue Robots",
}


def cited_title(text: str) -> str:
    for y in YEAR:
        m = y.search(text)
        if m:
            break
    else:
        raise ValueError(text)
    rest = text[m.end():]
    e = END.search(rest)
    return (rest[: e.start()] if e else rest).strip().strip('"“”')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < 12 or not ln.startswith("* ") or "](#" in ln:
            continue
        last = n + 1 if n == 78 else n  # line 78's link text runs on to line 79
        text = " ".join(lines[n - 1 : last])
        thesis = re.match(r"\* \*\*[^*]+\*\*, \[\"?(.*?)\"?\]\(", text)
        cited = re.match(r"\* \[(.*)\]\(\S*\)\s*$", text)
        if n in TITLES:
            title = TITLES[n]
        elif thesis:
            title = thesis.group(1)
        elif cited and re.search(r'"[^"]+"', cited.group(1)):
            title = re.search(r'"([^"]+)"', cited.group(1)).group(1)  # a quoted title
        elif cited:
            title = cited_title(cited.group(1))
        else:
            raise ValueError(n)
        papers.append(entry(lines, n, last, title))
    assert len(papers) == 288, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every bullet outside the table of contents is an entry (papers, chapters, HDR/PhD/master theses,"
        " the GAMA reference to cite); the title is cut out of the free-form citation (after authors and"
        " year, before the venue) or taken from the thesis link, with 30 titles set by hand (titles holding"
        " a full stop, citations without a year, debris such as 'Check for updates').",
        "All 288 titles read against their lines; every hand-set title and every title holding a full"
        " stop, question mark or colon checked in the file; ids spot-checked on 30 lines.",
    )


if __name__ == "__main__":
    main()
