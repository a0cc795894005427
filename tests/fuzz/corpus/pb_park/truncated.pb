
/鲁北生态工业园 Lubei eco-industrial park�Salt, chemicals and building-materials symbiosis of the Lubei Group, Wudi, Shandong, China; cleaned from the published edge list (see README.md).kR package EIPs v0.1 (Yang Li, 2014), after Yang, Hu, Liang et al., Chin. J. Process Eng. 2004, 4(5):467-474"o
	salt_farm(Salt farm (sea-water evaporation fields)Sea salt fields and brine"anchor2
raw_name	Salt Farm"V
aquacultureAquacultureAquaculture in dilute brine"farm2
raw_nameAquaculture"i
power_plantPower plant (sea-water cooled)Thermal power generation"utility2
raw_namePower Plant"[
bromineBromine productionBromine extraction"producer2
raw_nameBromine Pro