"""The report's quarantine section counts withheld rows per check and links each row to its article."""

from pathlib import Path

import duckdb

from expectations.report import quarantined_html, quarantined_rows


def test_withheld_rows_are_counted_per_check_and_linked_to_their_article(tmp_path: Path) -> None:
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        con.execute("create schema marts; create schema clean")
        con.execute(
            "create table clean.articles (article_id varchar, title varchar, url varchar, source_path varchar, "
            "body varchar)"
        )
        con.execute("""insert into clean.articles values
                       ('a1', 'Judi <online>', 'https://contoh.id/a?x=1&y=2', 'masa_depan.txt', 'Sabtu (8/6/2085) <b>'),
                       ('a2', null, null, 'x/salah.txt', '791.036.613 situs'), ('a3', 'Lain', null, 'c.txt', 'tidak')""")
        con.execute("""create table marts.quarantined_rows as select * from (values
            ('dim_article', 'a1', 'a1', 'masa_depan.txt', 'clean:date', 'published_date 2085-06-08 is after 2026-12-02'),
            ('fct_blocked_content', 'f9', 'a2', 'x/salah.txt', 'extracted:value', 'value 791036613 is above 100000000'),
            ('fct_blocked_content', 'f8', 'a2', 'x/salah.txt', 'extracted:value', 'value 200000000 is above 100000000'))
            t(table_name, row_key, article_id, source_path, check_name, reason)""")
        rows, texts = quarantined_rows(con)
    page = quarantined_html(rows, texts)
    assert "<tr><td>extracted:value</td><td>2</td></tr><tr><td>clean:date</td><td>1</td></tr>" in page
    assert (
        '<a href="#article-a1">Judi &lt;online&gt; (masa_depan.txt)</a> (<a href="https://contoh.id/a?x=1&amp;y=2">'
        "source</a>)</td><td>dim_article</td><td>a1</td>"
    ) in page
    assert '<tr><td><a href="#article-a2">x/salah.txt</a></td><td>fct_blocked_content</td><td>f8</td>' in page
    # each withheld row's article text is on the page, once, and only theirs
    assert texts["article_id"].to_list() == ["a1", "a2"]
    assert '<details id="article-a1"><summary>Judi &lt;online&gt; (masa_depan.txt)</summary>' in page
    assert (
        "Sabtu (8/6/2085) &lt;b&gt;</pre>" in page
        and page.count("791.036.613 situs") == 1
        and "tidak" not in page
    )
    assert "<online>" not in page and "<b>" not in page


def test_a_warehouse_without_quarantine_shows_none(tmp_path: Path) -> None:
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        rows, texts = quarantined_rows(con)
    assert (
        rows.height == 0 and texts.height == 0 and "<td colspan=2>none</td>" in quarantined_html(rows, texts)
    )
