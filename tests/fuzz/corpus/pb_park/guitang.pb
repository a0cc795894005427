
=Ë¥µÁ≥ñÈõÜÂõ¢ÁîüÊÄÅÂ∑•‰∏öÂõ≠ Guitang Group eco-industrial parkSugar-cane based symbiosis of the Guitang Group, Guigang, Guangxi, China; cleaned from the published edge list (see README.md).dR package EIPs v0.1 (Yang Li, 2014), after Zhu, Lowe, Barnes et al., J. Ind. Ecol. 2007, 11(1):31-42"ã
sugarcane_fieldSugarcane fields (cane growers)Agriculture (sugarcane)"farm(2
raw_nameSugarcane field2
main_product	sugarcane"s
ext_refineriesExternal sugar refineriesSugar manufacturing"supplier(2%
raw_nameExternal sugar refineries"s

sugar_mill
Sugar millCane sugar manufacturing"anchor2
raw_name
Sugar mill2
main_productsugarcane juice"è
sugar_refinerySugar refinerySugar refining"anchor2
raw_nameSugar refinery2
main_productrefined sugar2
capacity_t_per_a450000"û
alcohol_plantAlcohol plant%Fuel and edible alcohol from molasses"recycler2
raw_nameAlcohol plant2
main_productalcohol2
capacity_t_per_a10000"ù
fertilizer_plantCompound fertilizer plantFertilizer manufacturing"recycler2%
raw_nameCompound fertilizer plant2#
main_productcompound fertilizer"Ø

pulp_paperPulp and paper millsBagasse pulp and paper"anchor2 
raw_namePulp and Paper mills2-
main_productpaper (pulp about 150000 t/a)2
capacity_t_per_a200000"∑
alkali_recoveryAlkali recovery plant#Chemical recovery from black liquor"recycler2!
raw_nameAlkali recovery plant2;
main_product+recovered alkali (about 80 % of the alkali)"ë
caco3_plantCalcium carbonate plantLight calcium carbonate"recycler2#
raw_nameCalcium carbonate plant2!
main_productcalcium carbonate"á
cement_millCement millCement manufacturing"recycler2
raw_nameCement mill2
main_productcement2
capacity_t_per_a330000"Ç
boiler_houseBoiler houseSteam and power generation"utility2
raw_nameBoiler House2%
main_productsteam and electricity"¥
white_water_plantWhite liquid treatment plantPaper mill liquid treatment"waste_treatment2(
raw_nameWhite liquid treatment plant2)
main_productrecovered fibre and water*=
g01alcohol_plantfertilizer_plant"Alcohol residue(08*7
g02alkali_recoverycaco3_plant"White sludge(08*7
g03alkali_recoverycement_mill"White sludge(08*0
g04alkali_recovery
pulp_paper"Alkali(08*+
g05caco3_plantcement_mill"Slag(08*C
g06fertilizer_plantsugarcane_field"Compound fertilizer(08*4
g07ext_refineriesalcohol_plant"Molasses(08*/
g08ext_refineriesboiler_house"Pith(08*0
g09ext_refineries
pulp_paper"Bagasse(08*Ä
g10boiler_housecement_mill"Cool ash(08ZN
noteFpublished kind 'Utility Sharing' kept (an ash is usually a by-product)*Ö
g11boiler_housefertilizer_plant"Cool ash(08ZN
noteFpublished kind 'Utility Sharing' kept (an ash is usually a by-product)*6
g12
pulp_paperalkali_recovery"Black liquor(08*=
g13
pulp_paperboiler_house"Mid-stream waste water(08*∆
g14
pulp_paperwhite_water_plant"White liquor(08Zã
noteÇas published; the receiving plant returns fibre and water, so this may be paper-machine white water rather than kraft white liquor*+
g15
sugar_millboiler_house"Pith(08*,
g16
sugar_mill
pulp_paper"Bagasse(08*8
g17
sugar_millsugar_refinery"Sugarcane juice(08*4
g18sugar_refineryalcohol_plant"Molasses(08*2
g19sugar_refinerycaco3_plant"Used CO2(08*4
g20sugar_refinerycement_mill"
Filter mud(08*3
g21sugarcane_field
sugar_mill"	Sugarcane(08*;
g22white_water_plant
pulp_paper"Recovered fiber(08*;
g23white_water_plant
pulp_paper"Recovered water(08