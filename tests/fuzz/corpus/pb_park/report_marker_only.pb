
symbio.v1.AnalysisReport