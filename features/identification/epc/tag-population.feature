@device:tag-population
Feature: A tagged product's UHF RFID tags carry EPCs every reader decodes the same way
  A population of tags (linen, waste containers, sterile kits, newborn bands, pumps) is read as EPC memory
  banks, from a reader's export or the built-in population. Each tag is decoded strictly under the GS1 EPC Tag
  Data Standard and the Gen2 air interface's memory layout, then held to what the product claims.

  Background:
    Given the tag population has been read

  Rule: An EPC starts with a header the Tag Data Standard assigns, and has that scheme's length

    @req:gs1-tds-2:TDS-HEADER
    Scenario: Every tag's EPC has an assigned header
      Then every EPC starts with an assigned header and has its scheme's length

  Rule: A partitioned EPC's partition value selects a row of its scheme's partition table

    @req:gs1-tds-2:TDS-PARTITION
    Scenario: Every tag's EPC has a valid partition
      Then every EPC has a partition value its scheme's table defines

  Rule: Each field holds a value its encoding allows: within its digit count, character set and bit padding

    @req:gs1-tds-2:TDS-FIELD-VALUES
    Scenario: Every field of every tag's EPC is within its limits
      Then every field of every EPC stays within the limits of its encoding

  Rule: StoredCRC is the CRC-16 of the PC word and the EPC

    @req:gs1-uhf-gen2:GEN2-STOREDCRC
    Scenario: Every tag's StoredCRC matches what it protects
      Then every tag's StoredCRC matches its PC and EPC

  Rule: The PC word's length field states how many words the EPC takes

    @req:gs1-uhf-gen2:GEN2-PC-LENGTH
    Scenario: Every tag's PC word states its EPC's length
      Then every tag's PC word states the length of its EPC

  Rule: Tags use the EPC schemes the product claims

    @req:iomt-tag-population:TAG-SCHEME @pics:epc.schemes
    Scenario: Every tag uses a claimed scheme
      Then every tag uses a claimed EPC scheme

  Rule: Tags use the filter values the product claims for each scheme

    @req:iomt-tag-population:TAG-FILTER @pics:epc.filters
    Scenario: Every tag uses a claimed filter value
      Then every tag uses a filter value claimed for its scheme

  Rule: Tags are encoded under the company prefixes the product claims

    @req:iomt-tag-population:TAG-GCP @pics:epc.companyPrefixes
    Scenario: Every tag uses a claimed company prefix
      Then every tag is encoded under a claimed company prefix

  Rule: A GTIN printed on a label ends with the check digit computed from its other digits

    @req:gs1-genspecs:GS1-7.9.1 @pics:epc.labels
    Scenario: Every tag's label barcode has a valid GTIN check digit
      Then every label barcode's GTIN has a valid check digit

  Rule: A tag's EPC and the barcode on its label identify the same item

    @req:iomt-tag-population:TAG-LABEL @pics:epc.labels
    Scenario: Every tag's EPC names the item its label names
      Then every tag's EPC and its label barcode name the same item

  Rule: No two tags carry the same EPC

    @req:iomt-tag-population:TAG-UNIQUE
    Scenario: Every tag of the population carries its own EPC
      Then no two tags carry the same EPC
