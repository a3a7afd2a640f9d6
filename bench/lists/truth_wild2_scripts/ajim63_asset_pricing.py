"""Wild2 truth for Ajim63/Machine-Learning-in-Asset-Pricing-Papers README: one '### <a href>citation</a>' heading per paper, then a <details> card.

Entries: every '### ' heading (65, under the eight category headings); the entry runs from the
heading over its '**Year:** .. **Category:**' line and the '<details>' summary card to the
card's '</details>' line.  The heading holds a whole citation (as link text of an HTML anchor,
or plain text for two papers); title = the citation's title part:
- APA-like 'Authors (Year). Title. Journal ...': the text after '(Year).' up to the sentence
  end (a '?' that ends the title is kept, 'Does it pay ...? Machine learning approach ...' is
  one title);
- Chicago-like 'Authors. "Title." Journal': the quoted text;
- 'Authors. Title. Journal (Year).' and 'Ke ... et al. Title. (2020) Available at SSRN': the
  sentence after the authors.
These were read by eye and the cases the first two rules miss are written out in TITLES below.
Characters are kept as written, mojibake included ('Cross‚ÄêSection').  A book chapter (Rapach
& Zhou 2019, Wiley) and an Oxford Research Encyclopedia article are scholarly works and stay.
The Oxford Research Encyclopedia URL (line 2484) holds the DOI 10.1093/acrefore/9780190625979.001.0001
followed by a page id ('/acrefore-...-e-777'), which is dropped as a URL tail.
Not entries: the contents bullets, the category headings.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "truth_scripts"))
from _heldout import clean
from _wild2 import entry, read_lines, write_truth

NAME = "Ajim63__Machine-Learning-in-Asset-Pricing-Papers__README@7f68e0f.md"
PART = "wild2_held_out"
LINES = read_lines(NAME)
PAPERS: list[dict] = []

TITLES = {  # heading line -> title, where the citation is not 'Authors (Year). Title.' or has a '?' / 'vs.' in it
    497: "Does it pay to follow anomalies research? Machine learning approach with international evidence",
    925: "The Cross-Sectional Pricing of Corporate Bonds Using Big Data and Machine Learning",
    963: "Divide and Conquer: Financial Ratios and Industry Returns Predictability",
    1001: "Empirical asset pricing via machine learning",
    1120: "From Man vs. Machine to Man + Machine: The Art and AI of Stock Analyses",
    1157: "Predictably Unequal? The Effects of Machine Learning on Credit Markets",
    1195: "Man vs. Machine Learning: The Term Structure of Earnings Expectations and Conditional Biases",
    1233: "Machine learning in the Chinese stock market",
    1271: "Machine Learning versus Economic Restrictions: Evidence from Stock Return Predictability",
    1309: "Deep learning in asset pricing",
    1500: "Autoencoder asset pricing models",
    1662: "Deep Order Flow Imbalance: Extracting Alpha at Multiple Horizons from the Limit Order Book",
    1825: "Predicting Returns with Text Data",
    1943: "Using machine learning to detect misstatements",
    1981: "Detecting Accounting Fraud in Publicly Traded U.S. Firms Using a Machine Learning Approach",
    2019: "What are You Saying? Using topic to Detect Financial Misreporting",
    2133: "Is Positive Sentiment in Corporate Annual Reports Informative? Evidence from Deep Learning",
    2288: "Business news and business cycles",
    2446: "Can Machines Learn Finance?",
}


def title_of(i: int, heading: str) -> str:
    if i in TITLES:
        return TITLES[i]
    cite = clean(heading)
    m = re.search(r'"(.+?)"', cite)
    if m:
        return m.group(1)
    m = re.search(r"\(\d{4}\)\.?\s+(.+?)\s*[.](?:\s|$)", cite)
    return m.group(1)


def main() -> None:
    for i, text in enumerate(LINES, 1):
        if not text.startswith("### "):
            continue
        end = i
        while not LINES[end - 1].strip().startswith("</details>"):
            end += 1
        t = title_of(i, text[4:])
        assert t in clean(text), (i, t)
        e = entry(LINES, i, end, t)
        if i == 2484:
            # oxfordre.com URL: the DOI written in it is the encyclopedia's 10.1093/acrefore/9780190625979.001.0001;
            # the '/acrefore-9780190625979-e-777' tail is a page id, not part of a DOI (dropped as a URL tail)
            e["doi"] = "10.1093/acrefore/9780190625979.001.0001"
        PAPERS.append(e)
    write_truth(
        NAME, PART, PAPERS,
        "every '### ' heading (a whole citation, mostly as an HTML anchor's text) is an entry running to the end of"
        " its <details> card; title = the citation's title part (APA '(Year). Title.', Chicago quotes, or written"
        " out per line for the 19 other citations)",
        "all 65 headings (grep -c '^### ' = 65) read one by one against their titles; each entry's extent"
        " (heading to '</details>', 'Year/Category' line inside, '---' separator outside); the 19 hand-written"
        " titles (titles with '?', 'vs.', 'U.S.', citations without '(Year).'); DOIs from doi.org, dx.doi.org,"
        " Wiley, T&F, INFORMS, AEA 'id=10.1257/...' hrefs; the one arXiv href (line 1083) and the href holding"
        " 'doi ; arXiv' (line 1309: DOI and arXiv id both from the heading); the oxfordre URL tail (line 2484); no link or id"
        " inside any card (grep)",
    )


if __name__ == "__main__":
    main()
