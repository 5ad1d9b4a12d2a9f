package cn.dongguan.cfk.gisdata;
public class SampleDataGenerator { public static void main(String[] a){ System.out.println("hi " + System.getProperty("cfk.gisdata.basedir") + " " + String.join(",", a)); } }
