"""Wild35 truth for gabrielfgm/ma_econ_history README.md: reading list of an MA course in British
economic history 1850-1914 (trade, decline, capital export, sovereign debt, empire, gold standard).

Shape: pandoc-written Markdown; `## N. Topic` weeks with `#### Some background`, `#### Required`,
`#### Questions` and `#### Additional` lists. Items are `-   ` bullets hard-wrapped onto 4-space
indented continuation lines, often the whole citation wrapped in one link `[... citation ...](url)`
that itself spans lines. Citation styles vary from item to item (Chicago, APA, MLA, short
"Author (Year) "Title" Journal", titles in double quotes, single quotes or none, all-caps authors).
What is an entry: a journal article, working paper, or an essay/chapter by its own title in an edited
collection (the Cambridge Economic History volumes, "(ed)/(eds)" books), e.g. 89-90, 95-98, 189-203,
217-219, 222-224 (Richardson's chapter named in parentheses), 235-240, 271-273, 281-284, 368-370,
422-425, and Hume's essay (421). Not entries: monographs and chapters of monographs cited by chapter
number or chapter title (10-11, 22-25, 29-31, 86-88, 91-94, 110-119, 137-139, 144-147, 220-221,
225, 226-228 (an unnamed chapter of an edited book), 231-234, 269-270, 274-276, 298-302,
327-328, 367, 371-372, 382-384 (an OECD book), 390-394), and the discussion questions. The commented
out week 10 (lines 432-457, inside ```{=html} <!-- ... --> ```) is not rendered and gives no entries.
Titles are taken as written inside their quote marks (pandoc's `--` en-dash kept as `--`), inner
quotes kept (373-375), broken emphasis dropped (254-257).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "gabrielfgm__ma_econ_history__README@30479f1.md"
PART = "wild35_development"

ENTRIES = {
    12: (13, "Economic History and Contemporary Challenges to Globalization"),
    14: (16, "Presidential Address: Britain and Globalization since 1850: I. Creating a Global Order, 1850-1914"),
    26: (28, "Political Economy and Peel's Repeal of the Corn Laws"),
    44: (46, "Popular Petitioning and the Corn Laws, 1833-46"),
    47: (49, "The Politics of Corn Law Repeal and Theories of Commercial Policy"),
    55: (57, "Economy and Society in Late Victorian Britain"),
    58: (61, "The Economic Consequences of Sir Robert Peel: A Quantitative Assessment of the Repeal of the Corn Laws"),
    62: (65, "1846 and All That: The Rise and Fall of British Wheat Protection in the Nineteenth Century"),
    66: (68, "The European Grain Invasion, 1870-1913"),
    80: (82, "THE GREAT DEPRESSION OF ENGLISH AGRICULTURE 1873--1896"),
    83: (85, "Farming High and Low, 1850-1914"),
    89: (90, "Editors Introduction"),
    95: (98, "Agriculture, 1860--1914"),
    99: (101, "Trademarks and British Dominance in Consumer Goods"),
    102: (104, "Magnanimous Albion: Free Trade and British National Income, 1841-1881"),
    130: (132, "Factor Price Convergence in the Late Nineteenth Century"),
    133: (136, "The Structure of Protection and Growth in the Late Nineteenth Century"),
    140: (143, "How Much Trade Liberalization Was There in the World Before and After Cobden-Chevalier?"),
    148: (151, "Ocean Freight Rates and Productivity, 1740-1913: The Primacy of Mechanical Invention Reaffirmed"),
    152: (154, "The Spread of Manufacturing to the Poor Periphery 1870-2007"),
    160: (163, "The Decline of the British Economy: An Institutional Perspective"),
    164: (167, "A British Industrial Success: Productivity in the Lancashire and New England Cotton Spinning Industries a Century Ago"),
    168: (171, "From damnation to redemption: Judgments on the late victorian entrepreneur"),
    182: (184, "New Answers to Old Questions: Explaining the Slow Adoption of Ring Spinning in Lancashire, 1880-1913"),
    185: (188, "National Leadership and Competing Technological Paradigms: The Globalization of Cotton Spinning, 1878--1933"),
    189: (191, "Manufacturing and technological change"),
    192: (194, "Enterprise and management"),
    195: (197, "Human capital and skills"),
    198: (200, "The service sector"),
    201: (203, "Domestic Finance, 1860-1914"),
    204: (206, "Were British cotton entrepreneurs technologically backward? Firm-level evidence on the adoption of ring spinning"),
    207: (208, "External Economies of Scale in the Lancashire Cotton Industry, 1900-1950"),
    209: (211, "How did the United States and Germany Overtake Britain? A Sectoral Analysis of Comparative Productivity Levels, 1870-1990"),
    212: (214, "Did Victorian Britain Fail?"),
    215: (216, "Capital Exports 1870-1914: an Alternative Model"),
    217: (219, "Capital Markets and Industrial Structure in the Victorian Economy"),
    222: (224, "Retardation in Britain's Industrial Growth 1870-1913"),
    229: (230, "Attitudes to New Techniques: British Businessmen 1800-1950"),
    235: (236, "Entrepreneurship in Victorian Britain"),
    237: (240, "Slowing Down and Falling Behind: Industrial Retardation in Britain after 1870"),
    241: (242, "Gentlemen and Players"),
    243: (245, "Institutional rigidities and economic decline: reflections on the British experience"),
    251: (253, "Capital exports 1870-1914: Harmful or Beneficial?"),
    254: (257, "That's Where The Money Was: Foreign Bias and English Investment Abroad, 1866--1907"),
    258: (261, "Wealth Bias in the First Global Capital Market Boom, 1870-1913"),
    271: (273, "The Stock Exchange and the British economy 1870-1939"),
    277: (280, "The Free-Standing Company, 1870-1914: An Important Type of British Foreign Direct Investment"),
    281: (284, "Foreign investment, accumulation and Empire, 1860--1914"),
    285: (288, "British Investment Overseas 1870--1913: A Modern Portfolio Theory Approach"),
    294: (297, "Sovereign states, bondholders committees, and the London Stock Exchange in the nineteenth century (1827-68): new facts and old fictions"),
    312: (314, "Bonds and brands: foundations of sovereign debt markets"),
    315: (319, "Bondholders versus Bond-sellers? Investment Banks and Conditionality Lending in the London Market for Foreign Government Debt, 1815 - 1913"),
    320: (322, "Competition in the Underwriting Markets of Sovereign Debt: The Baring Crisis Revisited"),
    323: (326, "The bondholder, the sovereign and the banker: sovereign debt and bondholders' protection before 1914"),
    329: (332, "The End of Gatekeeping: Underwriters and the Quality of Sovereign Bond Markets, 1815--2007"),
    338: (341, "The Empire Effect: The Determinants of Country Risk in the First Age of Globalization, 1880--1913"),
    342: (345, "The Spread of Empire: Clio and the Measurement of Colonial Borrowing Costs"),
    346: (348, "Colonialism or supersanctions: sovereignty and debt in West Africa, 1871-1914"),
    356: (359, "Black man's burden, white man's welfare: control, devolution and development in the British Empire, 1880-1914"),
    360: (362, "The British Empire, 1870-1914: A Waste of Money?"),
    363: (366, "Was it Worth Having? the British Empire 1850--1950"),
    368: (370, "Imperialism: cost and benefit"),
    373: (375, 'The Gold Standard as a "Good Housekeeping Seal of Approval"'),
    376: (378, "The Gold Standard As a Rule: An Essay in Exploration"),
    379: (381, "Globalization and Capital Markets"),
    395: (398, "Central Bank Cooperation in Historical Perspective: a Sceptical View"),
    399: (402, "The French crime of 1873: An essay on the emergence of the international gold standard, 1870--1880"),
    412: (414, "The classical gold standard: some lessons for today"),
    415: (417, "A new world order: explaining the international diffusion of the gold standard, 1870--1913"),
    418: (420, "Exchange-Rate Regimes and International Trade: Evidence from the Classical Gold Standard Era"),
    421: (421, "On the balance of trade"),
    422: (425, "Business Cycles, 1870 - 1914"),
    426: (428, "The Evolution of the Gold Standard in England"),
}


def bullets(lines: list[str]) -> list[tuple[int, int]]:
    """Every rendered `-   ` bullet (before the commented-out week 10) with its continuation lines."""
    out, i = [], 0
    while i < 431:
        if lines[i].startswith("-   "):
            j = i
            while j + 1 < len(lines) and lines[j + 1].startswith("    "):
                j += 1
            out.append((i + 1, j + 1))
            i = j
        i += 1
    return out


def main() -> None:
    lines = read_lines(NAME)
    spans = dict(bullets(lines))
    papers = []
    for first, (last, title) in sorted(ENTRIES.items()):
        assert spans.get(first) == last, (first, last, spans.get(first))
        own = re.sub(r"\s+", " ", " ".join(x.strip() for x in lines[first - 1 : last]))
        assert title in own, (first, title)
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 73, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each rendered bullet citing a journal article, working paper or a titled essay/chapter in an edited collection is an entry (monographs, monograph chapters, questions and the HTML-commented week 10 are not); title = the work's own title as written, quote marks dropped.",
        "All 116 rendered bullets read and classified by eye (73 entries); spans of the wrapped multi-line bullets checked against the file; titles checked to occur in their bullet; the commented-out week (432-457), broken emphasis (254-257), nested quotes (373-375) and doi: text (140-143, 426-428) checked.",
    )


if __name__ == "__main__":
    main()
