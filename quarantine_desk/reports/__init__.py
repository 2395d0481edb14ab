"""Official papers as PDF (reportlab) in the layout of Decree 30/2020/NĐ-CP."""
