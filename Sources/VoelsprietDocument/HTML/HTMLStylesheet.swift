/// The CSS of the HTML writer: screen and A4 print.
enum HTMLStylesheet {
    static let css = """
        .report-document{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.5}
        .report-document h1{font-size:1.9rem;margin:0 0 .3rem}.report-document .subtitle{font-size:1.2rem;color:#444;margin:0 0 .5rem}
        .report-document .meta{color:#555;font-size:.9rem;margin:0 0 2rem}
        .report-document h2{font-size:1.45rem;margin-top:2.4rem}.report-document h3{font-size:1.2rem;margin-top:1.8rem}.report-document h4{font-size:1.05rem;margin-top:1.4rem}
        .report-document table{border-collapse:collapse;margin:.3rem 0 .4rem;width:100%}
        .report-document th,.report-document td{border:1px solid #999;padding:.25rem .5rem;vertical-align:top}
        .report-document thead th{background:#eef1f5;text-align:left;vertical-align:bottom}
        .report-document caption,.report-document figcaption{text-align:left;font-style:italic;padding:.2rem 0;color:#222}
        .report-document .label{font-weight:600;font-style:normal}
        .report-document .align-right{text-align:right;font-variant-numeric:tabular-nums}.report-document .align-center{text-align:center}.report-document .align-left{text-align:left}
        .report-document .table-block,.report-document figure{margin:1.4rem 0}.report-document figure{margin-left:0;margin-right:0}
        .report-document .table-note{font-size:.85rem;color:#444;margin:.2rem 0 0}
        .report-document .chart svg{max-width:100%;height:auto}
        .report-document blockquote{margin:1.2rem 0;padding:.4rem 1rem;border-left:4px solid #9aa5b1;background:#f6f7f9;font-style:italic}
        .report-document blockquote p{margin:.2rem 0}.report-document blockquote footer{font-style:normal;color:#444;margin-top:.3rem}
        .report-document .callout{margin:1.2rem 0;padding:.5rem .8rem;border:1px solid #4a78a8;background:#eaf2fb}
        .report-document .callout-warning{border-color:#b00020;background:#fdecea}.report-document .callout p{margin:0}
        .report-document .toc ul{list-style:none;padding-left:0}.report-document .toc li{margin:.15rem 0}
        .report-document .toc .toc-level-2{padding-left:1.2rem}.report-document .toc .toc-level-3{padding-left:2.4rem}
        .report-document a.number{color:inherit;text-decoration:underline dotted}
        @page{size:A4;margin:2.2cm 2cm}
        @media print{
        .report-document{max-width:none;margin:0;padding:0;font-size:10.5pt}
        .report-document .new-page{break-before:page;page-break-before:always}
        .report-document .page-break{break-after:page;page-break-after:always}
        .report-document h2,.report-document h3,.report-document h4,.report-document caption{break-after:avoid;page-break-after:avoid}
        .report-document table,.report-document figure,.report-document blockquote,.report-document .callout{break-inside:avoid;page-break-inside:avoid}
        .report-document thead{display:table-header-group}.report-document tr{break-inside:avoid;page-break-inside:avoid}
        .report-document a{color:inherit;text-decoration:none}
        }

        """
}
