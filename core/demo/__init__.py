"""Demo content of the ZMP site, written once in Polish, English and Spanish."""
