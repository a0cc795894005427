
/鲁北生态工业园 Lubei eco-industrial park�Salt, chemicals and building-materials symbiosis of the Lubei Group, Wudi, Shandong, China; cleaned from the published edge list (see README.md).kR package EIPs v0.1 (Yang Li, 2014), after Yang, Hu, Liang et al., Chin. J. Process Eng. 2004, 4(5):467-474"o
	salt_farm(Salt farm (sea-water evaporation fields)Sea salt fields and brine"anchor2
raw_name	Salt Farm"V
aquacultureAquacultureAquaculture in dilute brine"farm2
raw_nameAquaculture"i
power_plantPower plant (sea-water cooled)Thermal power generation"utility2
raw_namePower Plant"[
bromineBromine productionBromine extraction"producer2
raw_nameBromine Production"t
salt_gypsum_plantSalt gypsum productionGypsum from brine residue"recycler2"
raw_nameSalt Gypsum Production"S
salt_productionSalt productionSea salt"producer2
raw_nameSalt Production"t
chlor_alkaliChlor-alkali productionCaustic soda and chlorine"producer2&
raw_nameChloro-Alkaline Production"�
	kmg_salts(Potassium and magnesium salts production'Potash and magnesium salts from bittern"producer2'
raw_nameK+ and Mg+ Salts Production"j
clinkerClinker production!Cement clinker from phosphogypsum"recycler2
raw_nameClinker Production"q
sulphuric_acidSulphuric acid productionSulphuric acid from kiln gas"producer2
raw_nameH2SO4 Production"w
amm_phosphateAmmonium phosphate productionAmmonium phosphate fertilizer"anchor2 
raw_name(NH4)3PO4 Production"V
ammoniaAmmonia productionSynthetic ammonia"producer2
raw_nameNH3 Production*1
l01	salt_farmaquaculture"Dilute Brine(08*.
l02	salt_farmpower_plant"	Sea water(08*2
l03power_plant	salt_farm"Hot Sea water(08*/
l04	salt_farmbromine"Moderate Brine(08*8
l05	salt_farmsalt_gypsum_plant"Brine Residue(08*8
l06	salt_farmsalt_production"Saturated Brine(08*5
l07	salt_farmchlor_alkali"Saturated Brine(08**
l08	salt_farm	kmg_salts"Bittern(08*4
l09salt_gypsum_plantclinker"Salt Gypsum(08*8
l10amm_phosphateclinker"Phosphogypsum (Wet)(08*1
l11sulphuric_acidamm_phosphate"H2SO4(08*0
l12sulphuric_acidbromine"
Liquid SO2(08*3
l13clinkersulphuric_acid"Kiln Gas(SO2)(08*(
l14ammoniaamm_phosphate"NH3(08*#
l15ammoniaclinker"Slag(08*&
l16chlor_alkaliammonia"H2(08*'
l17chlor_alkalibromine"Cl2(08*'
l18power_plantclinker"Slag(08*4
l19power_plantamm_phosphate"Electricity(08*.
l20power_plantammonia"Electricity(08*5
l21power_plantsulphuric_acid"Electricity(08*0
l22power_plant	salt_farm"Electricity(08*.
l23power_plantbromine"Electricity(08*8
l24power_plantsalt_gypsum_plant"Electricity(08*6
l25power_plantsalt_production"Electricity(08*3
l26power_plantchlor_alkali"Electricity(08*0
l27power_plant	kmg_salts"Electricity(08*.
l28power_plantamm_phosphate"Steam(08*(
l29power_plantammonia"Steam(08*-
l30power_plantchlor_alkali"Steam(08