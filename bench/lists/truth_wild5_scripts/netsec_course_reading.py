"""Wild5 truth for mo-xiaoxi/computer-network-security-papers-reading reading_list.md: a Chinese
course's paper reading list (《计算机网络安全技术》, 2018), six '## Topic' sections of numbered items.

Every '1. ' .. 'n. ' item is one paper (29: TCP/IP & NIDS 6, DNS Security 3, TLS and PKI 9, Web
Security 6, DDOS 2, Underground Economy 3), one line each.  The citation styles are mixed: APA with
the title as the link text (`Wang, Z., ... [Title](url) (pp. ..)`), IEEE with the title quoted inside
or outside the link (`“[Title](url),”`, `[H. Yang, ..., “Title,” IEEE Trans. ...](url)`), GB/T 7714
inside the link (`[Clark J, ... Title[C\\]//Venue ...](url)`), a whole link text 'Title, Authors,
*Venue*', a link text 'Authors, Title, Venue' and one item without any link (italic APA).  Title =
the paper's title as written: the link text when it holds the title only, else the quoted part, else
the part between authors and venue.  Words of the title written before the link are kept ('SoK: ',
'Host of Troubles: ' before a bold rest, 'Seeking Nonsense,' in the italic author run before the
linked rest); the soft hyphen and space in 'Promotional\\u00ad Infection' are kept as written, and so is the
file's truncated 'Rate TCP-Targeted DoS Attacks Disrupts Internet Routing' (the paper is 'Low-Rate
...'), whose venue follows with no separator.  One DOI (CRLite, a doi.org URL after the link).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "mo-xiaoxi__computer-network-security-papers-reading__reading_list@b8b0884.md"
PART = "wild5_development"
LINES = read_lines(NAME)

# items whose title is not simply the link text or the quoted part: line -> (regex on the raw line, group)
SPECIAL = {
    7: r"^\d+\. \[(Network Intrusion Detection: .+? Semantics), Mark",
    11: r"(SoK): \[([^\]]+)\]",
    27: r"^\d+\. \[Clark J, van Oorschot P C\. (SoK: .+?)\[C\\\]//",
    28: r"Wu\. (When HTTPS Meets CDN: .+?) IEEE Symposium",
    33: r"(Host of Troubles): \*\*(.+?)\*\*",
    42: r"Shaz Qadeer, (How to Shop .+?), S&P 2011\]",
    44: r"Jia Wang +(Rate TCP-Targeted .+? Routing)Proceedings",
    59: r"Raheem Beyah, (Seeking Nonsense),\* \[\*(Looking for Trouble: .+?)\*\]",
    61: r"\(n\.d\.\)\. (Detecting Credential .+?)\. Usenix 2017",
}


def title_of(i: int, text: str) -> str:
    if i in SPECIAL:
        m = re.search(SPECIAL[i], text)
        assert m, i
        parts = [g for g in m.groups()]
        return ": ".join(parts) if i in (11, 33) else ", ".join(parts)
    q = re.search(r"“\[?([^”\]]+?)\]?(?:\([^)]*\))?,?”", text)
    if q:
        return q.group(1)
    links = re.findall(r"\[([^\]]+)\]\(", text)
    assert links, i
    t = links[0].strip("*")
    return t


def main() -> None:
    papers = []
    per_section: dict[str, int] = {}
    section = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text[3:]
            per_section[section] = 0
            continue
        if not re.match(r"\d+\. ", text):
            continue
        per_section[section] += 1
        papers.append(entry(LINES, i, i, title_of(i, text)))
    assert per_section == {"TCP/IP & NIDS": 6, "DNS Security": 3, "TLS and PKI": 9, "Web Security": 6,
                           "DDOS": 2, "Underground Economy": 3}, per_section
    assert len(papers) == 29
    write_truth(NAME, PART, papers,
                "every numbered item of the six topic sections is one paper (one line each); title = the link"
                " text when it is the title alone, else the quoted title, else the words between authors and"
                " venue (GB/T [C]// style, 'Title, Authors, Venue' and 'Authors Title Venue' link texts), title"
                " words written before the link kept ('SoK:', 'Host of Troubles:', 'Seeking Nonsense,')",
                "all 29 items one by one against the file (titles, line numbers, the one DOI), section counts"
                " counted by eye (6, 3, 9, 6, 2, 3) and by grep -c '^[0-9]*\\. '")


if __name__ == "__main__":
    main()
