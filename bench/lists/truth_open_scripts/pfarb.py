"""Open truth for pFarb/awesome-crypto-papers: '* [Title](url) - description' bullets mixing papers with
standards, web tutorials, blog posts, Wikipedia and courses.

Decided by reading every bullet of 'The list' (lines 35-165): the lines in NOT_PAPERS are a web
overview page, Wikipedia, NIST web pages and standards (FIPS, SP 800-x), an IETF draft, an RFC,
blog posts and web tutorials, a formula database and a lecture series; everything else there is
a paper or technical report (IACR ePrint, conference PDFs, theses, a Springer chapter).
"""
import re

from _open import Open

NAME = "pFarb__awesome-crypto-papers__README@8852002.md"
NOT_PAPERS = {46, 61, 62, 63, 69, 70, 71, 72, 77, 103, 105, 117, 118, 119, 120, 121, 122, 124, 125, 129, 149,
              158}


def main() -> None:
    t = Open(NAME)
    for i, text in enumerate(t.lines, 1):
        if text.startswith("### Books"):
            break  # books, lectures and online challenges follow
        m = re.match(r"\* \[(.+?)\]\(", text)
        if i > 35 and m and i not in NOT_PAPERS:
            t.add(i, i, m.group(1))
    t.write("every '* [Title](url)' bullet of 'The list' up to Books is an entry, title = the link text, except"
            " standards (FIPS, NIST SP, RFC, IETF draft), Wikipedia, web tutorials and blog posts, a database"
            " and lectures (22 bullets, by line); books, lectures and challenges sections are not papers",
            "every bullet of the file by eye (its kind from the link and description)")


if __name__ == "__main__":
    main()
