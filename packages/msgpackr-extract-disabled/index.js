// msgpackr loads its native accelerator in a try/catch and uses pure JavaScript when it throws.
throw new Error('msgpackr-extract is disabled in dossier; msgpackr uses its JavaScript decoder');
