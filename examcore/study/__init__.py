"""Study: the yearly plan, the records a station keeps of study, the points they earn, courses, laws."""
