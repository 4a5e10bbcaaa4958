<?xml version="1.0" encoding="utf-8"?>
<!-- The Atom feed (/feed.xml) as a readable page in a browser: what it is, how to follow it, and every entry. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
  <xsl:template match="/atom:feed">
    <html lang="nl">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>Volg deze aanbesteding · <xsl:value-of select="atom:title"/></title>
        <style>
          body { font-family: "DejaVu Sans", "Segoe UI", system-ui, sans-serif; line-height: 1.55; color: #1b1f24; margin: 0; }
          header { background: #0b5394; color: #fff; padding: .75rem 1rem; }
          header a { color: #fff; font-weight: 700; text-decoration: none; }
          main { max-width: 50rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
          a { color: #0b5394; }
          .how { border: 1px solid #c9d1d9; border-radius: 6px; background: #f3f6f9; padding: .25rem 1rem; }
          code { background: #fff; border: 1px solid #c9d1d9; padding: 0 .25rem; overflow-wrap: anywhere; }
          article { border-bottom: 1px solid #c9d1d9; padding: .5rem 0; }
          article h3 { margin: .25rem 0; font-size: 1.1rem; }
          .muted { color: #4a5561; }
        </style>
      </head>
      <body>
        <header><a href="/"><xsl:value-of select="atom:title"/></a></header>
        <main>
          <h1>Volg deze aanbesteding</h1>
          <p><xsl:value-of select="atom:subtitle"/>.</p>
          <section class="how" aria-labelledby="hoe">
            <h2 id="hoe">Zo volgt u de aanbesteding</h2>
            <p>Deze pagina is een nieuwsfeed (Atom). Zet het adres ervan in een feedlezer, of in een programma dat u een bericht stuurt bij iets nieuws. U ziet dan elke nieuwe versie van de aanbestedingsstukken en elke Nota van Inlichtingen zodra die hier staat.</p>
            <p>Het adres van de feed: <code>/feed.xml</code> op deze website.</p>
            <p>Officieel blijft het aanbestedingsplatform: daar stelt u vragen, ontvangt u de berichten en schrijft u in.</p>
          </section>
          <h2>Versies en Nota's van Inlichtingen</h2>
          <xsl:for-each select="atom:entry">
            <article>
              <h3><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h3>
              <p class="muted">Bijgewerkt op <time datetime="{atom:updated}"><xsl:value-of select="substring(atom:updated, 1, 10)"/></time></p>
              <p><xsl:value-of select="atom:summary"/></p>
              <xsl:for-each select="atom:link[@rel='enclosure' or @rel='related']">
                <p><a href="{@href}"><xsl:value-of select="@title"/></a></p>
              </xsl:for-each>
            </article>
          </xsl:for-each>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
